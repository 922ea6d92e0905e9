package org.homecoming.server.archive.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.registry.FactSource;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.registry.StatusChange;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** An exchange package or a PFIF document cannot carry a person into, or out of, a status that stands on evidence. */
@HomecomingTest
@Transactional
class PersonImportTests {

    static final PersonImport.Context FROM_US = new PersonImport.Context("us-dpaa", "0123456789abcdef0123", "agreement 2024",
            Side.VN, "liaison-vn");

    @Autowired
    PersonImport personImport;
    @Autowired
    PersonRepository persons;

    static PersonRecord record(String ref, String status) {
        return new PersonRecord(ref, "VN", "Kiều Văn Nhận", "Kiều", "Văn", "Nhận", "M", "1949", null, null, null, null,
                null, null, "1969", null, null, null, null, null, status, "exchange register", List.of());
    }

    @Test
    void aPersonStatedIdentifiedByThePartnerIsHeldAsRemainsRecoveredWithTheStatedStatusAsAFactSource() {
        Map<String, Long> ids = personImport.apply(List.of(record("X-IMP-1", "IDENTIFIED")), List.of(), List.of(),
                Map.of("PERSON:X-IMP-1", "IMPORT"), Map.of(), FROM_US);
        long id = ids.get("X-IMP-1");
        assertThat(persons.find(id).orElseThrow().status()).isEqualTo(PersonStatus.REMAINS_RECOVERED);
        assertThat(persons.statusChanges(id)).extracting(StatusChange::status).containsExactly(PersonStatus.REMAINS_RECOVERED);
        assertThat(persons.factSources(id)).extracting(FactSource::reference).contains("stated IDENTIFIED by us-dpaa;"
                + " kept here as REMAINS_RECOVERED: IDENTIFIED stands on evidence recorded in this registry, and a package"
                + " carries none");
    }

    @Test
    void aReplacementCannotMoveAPersonOutOfIdentified() {
        long id = persons.insert(new MissingPerson(0, "X-IMP-2", Side.VN, "Kiều Văn Nhận", "Kiều", "Văn", "Nhận", "M",
                "1949", 1949, null, null, null, null, null, null, null, "1969", 1969, null, null, null, null, null, null,
                null, PersonStatus.IDENTIFIED, "register", null, 0));
        personImport.apply(List.of(record("X-IMP-2", "MISSING")), List.of(), List.of(),
                Map.of("PERSON:X-IMP-2", "REPLACE"), Map.of("PERSON:X-IMP-2", new ImportItem("PERSON", "X-IMP-2", "REPLACE",
                        "", id)), FROM_US);
        MissingPerson after = persons.find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(PersonStatus.IDENTIFIED);
        assertThat(after.version()).isEqualTo(1);
        assertThat(persons.statusChanges(id)).isEmpty();
        assertThat(persons.factSources(id)).extracting(FactSource::reference).contains("stated MISSING by us-dpaa;"
                + " kept here as IDENTIFIED: IDENTIFIED stands on evidence recorded in this registry");
    }
}
