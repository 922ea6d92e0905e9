-- The audit log is append-only: UPDATE and DELETE on audit_log fail (a Java trigger, H2 has no
-- procedural triggers). H2 runs no trigger on TRUNCATE, but it refuses to truncate a table that
-- another table references, so an empty guard table references audit_log.
-- The PostgreSQL twin of this migration is db/migration-postgresql/V340__audit_log_append_only.sql.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    CALL 'org.homecoming.server.audit.AppendOnlyTrigger';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    CALL 'org.homecoming.server.audit.AppendOnlyTrigger';

CREATE TABLE audit_log_truncate_guard (
    audit_id BIGINT REFERENCES audit_log (id)
);
