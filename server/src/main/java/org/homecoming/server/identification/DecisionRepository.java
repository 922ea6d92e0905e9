package org.homecoming.server.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores decisions; a decision changes only from PENDING, guarded by its version. */
@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StoredCandidate c, String status, double prior, double log10Lr, double posterior, String by, String reason) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ident_decision (candidate_id, remains_id, person_id, data_hash, status, prior_probability,"
                        + " log10_lr, posterior, first_analyst, first_reason, first_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(c.id(), c.remainsId(), c.personId(), c.dataHash(), status, prior, log10Lr, posterior, by, reason,
                        OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Completes a PENDING decision; false when it is no longer pending. */
    boolean complete(long id, String status, String by, String reason) {
        return jdbc.sql("UPDATE ident_decision SET status = ?, second_analyst = ?, second_reason = ?, second_at = ?,"
                        + " version = version + 1 WHERE id = ? AND status = 'PENDING'")
                .params(status, by, reason, OffsetDateTime.now(), id).update() == 1;
    }

    Optional<Decision> find(long id) {
        return jdbc.sql("SELECT * FROM ident_decision WHERE id = ?").param(id).query(DecisionRepository::map).optional();
    }

    Optional<Decision> pending(long remainsId, long personId) {
        return jdbc.sql("SELECT * FROM ident_decision WHERE remains_id = ? AND person_id = ? AND status = 'PENDING'")
                .params(remainsId, personId).query(DecisionRepository::map).optional();
    }

    List<Decision> ofRemains(long remainsId) {
        return jdbc.sql("SELECT * FROM ident_decision WHERE remains_id = ? ORDER BY id").param(remainsId)
                .query(DecisionRepository::map).list();
    }

    boolean confirmedFor(long remainsId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM ident_decision WHERE status = 'CONFIRMED' AND (remains_id = ? OR person_id = ?)")
                .params(remainsId, personId).query(Long.class).single() > 0;
    }

    List<Decision> confirmed() {
        return jdbc.sql("SELECT * FROM ident_decision WHERE status = 'CONFIRMED' ORDER BY second_at")
                .query(DecisionRepository::map).list();
    }

    long count(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM ident_decision WHERE status = ?").param(status).query(Long.class).single();
    }

    static Decision map(ResultSet rs, int n) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getLong("candidate_id"), rs.getLong("remains_id"), rs.getLong("person_id"),
                rs.getString("data_hash"), rs.getString("status"), rs.getDouble("prior_probability"),
                rs.getDouble("log10_lr"), rs.getDouble("posterior"), rs.getString("first_analyst"),
                rs.getString("first_reason"), rs.getObject("first_at", OffsetDateTime.class), rs.getString("second_analyst"),
                rs.getString("second_reason"), rs.getObject("second_at", OffsetDateTime.class));
    }
}
