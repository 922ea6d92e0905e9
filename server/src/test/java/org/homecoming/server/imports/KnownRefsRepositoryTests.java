package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.homecoming.server.RepositoryTest;
import org.homecoming.server.imports.KnownRefsRepository.RefTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The refs an import finds already in the registry, from rows written here with plain SQL. */
@RepositoryTest
class KnownRefsRepositoryTests {

    @Autowired
    KnownRefsRepository refs;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void rows() {
        OffsetDateTime t = OffsetDateTime.parse("2026-01-05T08:00:00Z");
        for (String p : new String[] {"KR-P1", "KR-P2", "KR-P3"}) {
            jdbc.sql("INSERT INTO missing_person (ref, side, full_name, sex, status, source, version, created_at, updated_at)"
                    + " VALUES (?, 'VN', ?, 'M', 'MISSING', 'test', 0, ?, ?)").params(p, p, t, t).update();
        }
        jdbc.sql("INSERT INTO family_member (ref, family_ref, person_id, sex, relationship, living, consent_dna,"
                + " consent_share, version) SELECT 'KR-M1', 'KR-F1', id, 'M', 'FATHER', TRUE, TRUE, TRUE, 0"
                + " FROM missing_person WHERE ref = 'KR-P1'").update();
        // KR-P2 stands in family KR-F1 as a row of its own
        jdbc.sql("INSERT INTO family_member (ref, family_ref, person_id, represents_person_id, sex, relationship, living,"
                + " consent_dna, consent_share, version) SELECT 'KR-P2', 'KR-F1', a.id, b.id, 'M', 'BROTHER', FALSE,"
                + " FALSE, FALSE, 0 FROM missing_person a, missing_person b WHERE a.ref = 'KR-P1' AND b.ref = 'KR-P2'")
                .update();
        jdbc.sql("INSERT INTO site (ref, kind, name, lat, lon, version) VALUES ('KR-S1', 'GRAVE', 'x', 16.5, 106.7, 0)")
                .update();
        jdbc.sql("INSERT INTO remains (ref, site_id, sex_estimate, condition, status, version)"
                + " SELECT 'KR-R1', id, 'M', 'GOOD', 'RECOVERED', 0 FROM site WHERE ref = 'KR-S1'").update();
        jdbc.sql("INSERT INTO sample (ref, subject_type, remains_id, degraded, created_at)"
                + " SELECT 'KR-X1', 'REMAINS', id, FALSE, ? FROM remains WHERE ref = 'KR-R1'").param(t).update();
    }

    @Test
    void eachTableGivesItsOwnRefs() {
        assertThat(refs.refs(RefTable.MISSING_PERSON)).contains("KR-P1", "KR-P2", "KR-P3").doesNotContain("KR-M1");
        assertThat(refs.refs(RefTable.SITE)).contains("KR-S1").doesNotContain("KR-R1");
        assertThat(refs.refs(RefTable.REMAINS)).contains("KR-R1").doesNotContain("KR-S1");
        assertThat(refs.refs(RefTable.SAMPLE)).contains("KR-X1").doesNotContain("KR-R1");
    }

    @Test
    void aRowStandingForAnotherMissingPersonIsNoMember() {
        assertThat(refs.memberRefs()).contains("KR-M1").doesNotContain("KR-P2");
    }

    @Test
    void personsHeadingOrStandingInAFamilyMapToIt() {
        assertThat(refs.personFamilies()).containsEntry("KR-P1", "KR-F1").containsEntry("KR-P2", "KR-F1")
                .doesNotContainKey("KR-P3");
    }

    @Test
    void knownGathersThemAll() {
        KnownRefs known = refs.known();
        assertThat(known.persons()).isEqualTo(refs.refs(RefTable.MISSING_PERSON));
        assertThat(known.members()).isEqualTo(refs.memberRefs());
        assertThat(known.sites()).contains("KR-S1");
        assertThat(known.remains()).contains("KR-R1");
        assertThat(known.samples()).contains("KR-X1");
        assertThat(known.personFamilies()).containsAllEntriesOf(Map.of("KR-P1", "KR-F1", "KR-P2", "KR-F1"));
    }
}
