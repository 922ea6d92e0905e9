package org.homecoming.server.archive.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.homecoming.server.RepositoryTest;
import org.homecoming.server.archive.transfer.ExchangeLog.OriginRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The exchange log's reads that used to build their SQL or return arrays. */
@RepositoryTest
class ExchangeLogTests {

    @Autowired
    ExchangeLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOriginOfAnImportedRecordIsItsInstallationAndRefThere() {
        log.recordOrigin("REQUEST", 41, "us-dpaa", "REQ-7", "ab12");
        assertThat(log.originOf("REQUEST", 41)).contains(new OriginRef("us-dpaa", "REQ-7"));
        assertThat(log.originOf("REQUEST", 42)).isEmpty();
        assertThat(log.originOf("PERSON", 41)).isEmpty();
    }

    @Test
    void aRefExistsOnlyInTheTableAsked() {
        OffsetDateTime t = OffsetDateTime.parse("2026-01-05T08:00:00Z");
        jdbc.sql("INSERT INTO missing_person (ref, side, full_name, sex, status, source, version, created_at, updated_at)"
                + " VALUES ('EL-P1', 'VN', 'x', 'M', 'MISSING', 'test', 0, ?, ?)").params(t, t).update();
        jdbc.sql("INSERT INTO family_member (ref, family_ref, person_id, sex, relationship, living, consent_dna,"
                + " consent_share, version) SELECT 'EL-M1', 'EL-F1', id, 'M', 'FATHER', TRUE, TRUE, TRUE, 0"
                + " FROM missing_person WHERE ref = 'EL-P1'").update();
        jdbc.sql("INSERT INTO sample (ref, subject_type, family_member_id, degraded, created_at)"
                + " SELECT 'EL-S1', 'FAMILY_MEMBER', id, FALSE, ? FROM family_member WHERE ref = 'EL-M1'").param(t).update();
        assertThat(log.refExists("family_member", "EL-M1")).isTrue();
        assertThat(log.refExists("family_member", "EL-S1")).isFalse();
        assertThat(log.refExists("sample", "EL-S1")).isTrue();
        assertThat(log.refExists("sample", "EL-M1")).isFalse();
    }

    @Test
    void anyOtherTableIsRefused() {
        assertThatThrownBy(() -> log.refExists("missing_person; DROP TABLE sample", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table must be family_member or sample: missing_person; DROP TABLE sample");
    }
}
