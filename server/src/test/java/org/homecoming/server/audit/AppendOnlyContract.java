package org.homecoming.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database itself guarantees about {@code audit_log}, whatever the application does: a
 * line can be added and read, never changed or removed. Run on H2 and on PostgreSQL.
 */
abstract class AppendOnlyContract {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    long id;
    AuditEntry written;

    @BeforeEach
    void writeALine() {
        String marker = "append-only " + UUID.randomUUID();
        audit.recordAs("lab-vn", AuditAction.VIEW_GENETIC, "SAMPLE", 17, marker);
        id = jdbc.sql("SELECT id FROM audit_log WHERE detail = ?").param(marker).query(Long.class).single();
        written = line(id);
    }

    AuditEntry line(long lineId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE id = ?").param(lineId)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", java.time.OffsetDateTime.class),
                        rs.getString("username"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("detail")))
                .single();
    }

    long lines() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
    }

    @Test
    void anUpdateIsRefusedAndTheLineIsUnchanged() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET username = 'someone-else', detail = 'forged' WHERE id = ?")
                .param(id).update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_log is append-only: UPDATE refused");
        assertThat(line(id)).isEqualTo(written);
    }

    @Test
    void aDeleteIsRefusedAndTheLineIsStillThere() {
        long before = lines();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_log is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("audit_log is append-only: DELETE refused");
        assertThat(line(id)).isEqualTo(written);
        assertThat(lines()).isEqualTo(before);
    }

    @Test
    void truncateIsRefusedAndEveryLineIsStillThere() {
        long before = lines();
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE TABLE audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining(truncateRefusal());
        assertThat(lines()).isEqualTo(before);
        assertThat(line(id)).isEqualTo(written);
    }

    @Test
    void linesCanStillBeAppendedAndRead() {
        audit.recordAs("officer-vn", AuditAction.VIEW, "PERSON", 42, null);
        assertThat(audit.recent("PERSON", "42", 0, 1)).first()
                .satisfies(e -> assertThat(e.username()).isEqualTo("officer-vn"))
                .satisfies(e -> assertThat(e.action()).isEqualTo("VIEW"));
        assertThat(line(id)).isEqualTo(written);
    }

    /** The words of the database's refusal of TRUNCATE. */
    abstract String truncateRefusal();
}
