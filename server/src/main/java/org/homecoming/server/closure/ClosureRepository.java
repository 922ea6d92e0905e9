package org.homecoming.server.closure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores notification, reburial and repatriation records. Records are added, never changed: a
 * mistake is answered by an administrator's status correction, which keeps both in the history.
 *
 * <pre>{@code
 * long id = closure.insert(notification);
 * closure.of(personId).notifications();
 * }</pre>
 */
@Repository
class ClosureRepository {

    private final JdbcClient jdbc;

    ClosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(FamilyNotification n) {
        return insert("INSERT INTO family_notification (person_id, family_member_id, member_name, relationship,"
                + " notified_on, method, notified_by, notes, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.personId(), n.familyMemberId(), n.memberName(), n.relationship(), n.notifiedOn(), n.method().name(),
                n.notifiedBy(), n.notes(), n.recordedBy(), n.recordedAt());
    }

    long insert(Reburial r) {
        return insert("INSERT INTO reburial (person_id, place, reburied_on, grave_ref, notes, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", r.personId(), r.place(), r.reburiedOn(), r.graveRef(), r.notes(),
                r.recordedBy(), r.recordedAt());
    }

    long insert(Repatriation r) {
        return insert("INSERT INTO repatriation (person_id, repatriated_on, ceremony_place, receiving_agency, notes,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", r.personId(), r.repatriatedOn(),
                r.ceremonyPlace(), r.receivingAgency(), r.notes(), r.recordedBy(), r.recordedAt());
    }

    ClosureRecords of(long personId) {
        return new ClosureRecords(
                jdbc.sql("SELECT * FROM family_notification WHERE person_id = ? ORDER BY id").param(personId)
                        .query(ClosureRepository::notification).list(),
                jdbc.sql("SELECT * FROM reburial WHERE person_id = ? ORDER BY id").param(personId)
                        .query(ClosureRepository::reburial).list(),
                jdbc.sql("SELECT * FROM repatriation WHERE person_id = ? ORDER BY id").param(personId)
                        .query(ClosureRepository::repatriation).list());
    }

    private long insert(String sql, Object... values) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(values).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static FamilyNotification notification(ResultSet rs, int n) throws SQLException {
        return new FamilyNotification(rs.getLong("id"), rs.getLong("person_id"),
                rs.getObject("family_member_id", Long.class), rs.getString("member_name"), rs.getString("relationship"),
                rs.getObject("notified_on", LocalDate.class), NotificationMethod.valueOf(rs.getString("method")),
                rs.getString("notified_by"), rs.getString("notes"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static Reburial reburial(ResultSet rs, int n) throws SQLException {
        return new Reburial(rs.getLong("id"), rs.getLong("person_id"), rs.getString("place"),
                rs.getObject("reburied_on", LocalDate.class), rs.getString("grave_ref"), rs.getString("notes"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static Repatriation repatriation(ResultSet rs, int n) throws SQLException {
        return new Repatriation(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("repatriated_on", LocalDate.class),
                rs.getString("ceremony_place"), rs.getString("receiving_agency"), rs.getString("notes"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
