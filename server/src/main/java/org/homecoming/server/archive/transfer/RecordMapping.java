package org.homecoming.server.archive.transfer;

import java.util.List;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.archive.ArchiveDocument;
import org.homecoming.server.archive.Classification;
import org.homecoming.server.archive.DocumentType;
import org.homecoming.server.archive.transfer.ExchangeRecords.DocumentRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PageRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.security.Side;

/**
 * Converts between stored records and their exchange form, both ways.
 *
 * <pre>{@code
 * PersonRecord r = RecordMapping.person(p, aliases);
 * MissingPerson back = RecordMapping.person(r, 0, 0, provinceNow);
 * }</pre>
 */
final class RecordMapping {

    private RecordMapping() {
    }

    static PersonRecord person(MissingPerson p, List<String> aliases) {
        return new PersonRecord(p.ref(), p.side().name(), p.fullName(), p.familyName(), p.middleName(), p.givenName(),
                p.sex(), p.birthDate(), p.homeCommune(), p.homeDistrict(), p.homeProvince(), p.serviceNumber(),
                p.unit(), p.rank(), p.lossDate(), p.lossPlace(), p.lossLat(), p.lossLon(), p.circumstances(),
                p.burialInfo(), p.status().name(), p.source(), List.copyOf(aliases));
    }

    static MissingPerson person(PersonRecord r, long id, int version, String provinceNow) {
        if (r.ref() == null || r.fullName() == null || r.sex() == null || r.source() == null) {
            throw new IllegalArgumentException("person record needs ref, fullName, sex and source: " + r.ref());
        }
        return new MissingPerson(id, r.ref(), Side.parse(r.side()), r.fullName(), r.familyName(), r.middleName(),
                r.givenName(), r.sex(), r.birthDate(), PartialDate.year(r.birthDate()), r.homeCommune(),
                r.homeDistrict(), r.homeProvince(), provinceNow, r.serviceNumber(), r.unit(), r.rank(), r.lossDate(),
                PartialDate.year(r.lossDate()), r.lossPlace(), r.lossLat(), r.lossLon(), null, null, r.circumstances(),
                r.burialInfo(), PersonStatus.parse(r.status()), r.source(), null, version);
    }

    static DocumentRecord document(ArchiveDocument d, List<PageRecord> pages) {
        return new DocumentRecord(d.ref(), d.side().name(), d.type().name(), d.title(), d.date(), d.language(),
                d.holdingArchive(), d.archiveReference(), d.classification().name(), d.description(), pages);
    }

    static ArchiveDocument document(DocumentRecord r, long id, int version) {
        return new ArchiveDocument(id, r.ref(), Side.parse(r.side()), DocumentType.parse(r.type()), r.title(), r.date(),
                r.language(), r.holdingArchive(), r.archiveReference(), Classification.parse(r.classification()),
                r.description(), version);
    }
}
