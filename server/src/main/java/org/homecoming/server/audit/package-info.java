/**
 * The append-only audit log: who viewed, changed, exported or shared what, and when.
 *
 * <p>Main types: {@link org.homecoming.server.audit.AuditLog} (append and read),
 * {@link org.homecoming.server.audit.AuditEntry}, {@link org.homecoming.server.audit.AuditAction},
 * {@link org.homecoming.server.audit.AppendOnlyTrigger} (H2's half of the database rule that refuses
 * UPDATE and DELETE on {@code audit_log}; PostgreSQL's is a PL/pgSQL trigger, migration V340 in
 * {@code db/migration-postgresql}).
 *
 * <pre>{@code
 * audit.record(AuditAction.VIEW_GENETIC, "SAMPLE", sampleId, "STR profile");
 * }</pre>
 */
package org.homecoming.server.audit;
