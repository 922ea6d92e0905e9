package org.homecoming.server.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit log: who did what to which record, and when.
 *
 * <pre>{@code
 * new AuditEntry(0, OffsetDateTime.now(), "lan", "VIEW_GENETIC", "SAMPLE", "17", "profile");
 * }</pre>
 */
public record AuditEntry(long id, OffsetDateTime at, String username, String action, String entityType,
        String entityId, String detail) {
}
