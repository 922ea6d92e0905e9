package org.homecoming.server.archive.transfer;

import java.util.List;
import java.util.function.UnaryOperator;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.archive.ArchiveDocument;
import org.homecoming.server.archive.Classification;
import org.homecoming.server.archive.DocumentType;
import org.homecoming.server.archive.transfer.ExchangeRecords.DocumentRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PageRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonForm;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.security.Side;

/**
 * Converts between stored records and their exchange form, both ways.
 *
 * <pre>{@code
 * PersonRecord r = RecordMapping.person(p, aliases);
 * MissingPerson back = RecordMapping.person(r, 0, 0);
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

    /** The person a record describes, as stated (no present-day province: the registry fills it in). */
    static MissingPerson person(PersonRecord r, long id, int version) {
        if (r.ref() == null || r.fullName() == null || r.sex() == null || r.source() == null) {
            throw new IllegalArgumentException("person record needs ref, fullName, sex and source: " + r.ref());
        }
        PersonForm f = new PersonForm();
        f.setSide(r.side());
        f.setFullName(r.fullName());
        f.setFamilyName(r.familyName());
        f.setMiddleName(r.middleName());
        f.setGivenName(r.givenName());
        f.setSex(r.sex());
        f.setBirthDate(r.birthDate());
        f.setHomeCommune(r.homeCommune());
        f.setHomeDistrict(r.homeDistrict());
        f.setHomeProvince(r.homeProvince());
        f.setServiceNumber(r.serviceNumber());
        f.setUnit(r.unit());
        f.setRank(r.rank());
        f.setLossDate(r.lossDate());
        f.setLossPlace(r.lossPlace());
        f.setLossLat(r.lossLat());
        f.setLossLon(r.lossLon());
        f.setCircumstances(r.circumstances());
        f.setBurialInfo(r.burialInfo());
        f.setStatus(r.status());
        f.setSource(r.source());
        return f.toPerson(id, r.ref(), version, UnaryOperator.identity());
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
