package org.homecoming.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log: there is a method to add a line and methods to read, none to change
 * or remove one.
 *
 * <pre>{@code
 * audit.record(AuditAction.VIEW, "PERSON", 42, null);
 * }</pre>
 *
 * <p>{@link #record} takes the user from {@link CurrentUsers}: the request's, or the system user in background
 * work; {@link #recordAs} names the user of a job a request started.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 2000;
    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;

    AuditLog(JdbcClient jdbc, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    /** Appends a line for the current user. */
    public void record(AuditAction action, String entityType, Object entityId, String detail) {
        recordAs(currentUsers.get().username(), action, entityType, entityId, detail);
    }

    /** Appends a line for a named user (background work). */
    public void recordAs(String username, AuditAction action, String entityType, Object entityId, String detail) {
        String d = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbc.sql("INSERT INTO audit_log (at, username, action, entity_type, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(), username, action.name(), entityType,
                        entityId == null ? null : entityId.toString(), d)
                .update();
    }

    /** The newest lines first, optionally of one record. */
    public List<AuditEntry> recent(String entityType, String entityId, int offset, int limit) {
        return filtered("SELECT * FROM audit_log", entityType, entityId, " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(AuditLog::map).list();
    }

    public long count(String entityType, String entityId) {
        return filtered("SELECT COUNT(*) FROM audit_log", entityType, entityId, "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String select, String entityType, String entityId, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (entityType != null) {
            sql.append(" AND entity_type = :type");
        }
        if (entityId != null) {
            sql.append(" AND entity_id = :eid");
        }
        JdbcClient.StatementSpec spec = jdbc.sql(sql + tail);
        if (entityType != null) {
            spec = spec.param("type", entityType);
        }
        if (entityId != null) {
            spec = spec.param("eid", entityId);
        }
        return spec;
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("username"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("detail"));
    }
}
