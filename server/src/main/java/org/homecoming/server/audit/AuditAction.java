package org.homecoming.server.audit;

/** What an audited user did ({@code UNSHARE}: a sharing revoked). {@code VIEW_GENETIC} and {@code EXPORT_GENETIC} mark access to genetic data. */
public enum AuditAction {
    VIEW, CREATE, UPDATE, DELETE, EXPORT, IMPORT, MERGE, UNMERGE, SHARE, UNSHARE, VIEW_GENETIC, EXPORT_GENETIC
}
