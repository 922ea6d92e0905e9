package org.homecoming.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps {@code audit_log} append-only: any UPDATE or DELETE of a row fails and
 * rolls back the statement. PostgreSQL does the same with a PL/pgSQL trigger
 * ({@code db/migration-postgresql/V340__audit_log_append_only.sql}).
 *
 * <pre>{@code
 * CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
 *     CALL 'org.homecoming.server.audit.AppendOnlyTrigger';
 * }</pre>
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table = "audit_log";
    private String operation = "change";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
        operation = (type & Trigger.DELETE) != 0 ? "DELETE" : "UPDATE";
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + operation + " refused", "42501");
    }
}
