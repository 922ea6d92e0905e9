/**
 * The append-only audit log: who viewed, changed, exported or shared what, and when.
 *
 * <p>Main types: {@link org.homecoming.server.audit.AuditLog} (append and read),
 * {@link org.homecoming.server.audit.AuditEntry}, {@link org.homecoming.server.audit.AuditAction}.
 *
 * <pre>{@code
 * audit.record(AuditAction.VIEW_GENETIC, "SAMPLE", sampleId, "STR profile");
 * }</pre>
 */
package org.homecoming.server.audit;
