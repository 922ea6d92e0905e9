package org.homecoming.server.audit;

/**
 * What an audited user did. {@code VIEW_GENETIC} and {@code EXPORT_GENETIC} mark access to genetic
 * data; {@code UNSHARE} is a sharing revoked.
 */
public enum AuditAction {
    VIEW, CREATE, UPDATE, DELETE, EXPORT, IMPORT, MERGE, UNMERGE, SHARE, UNSHARE, VIEW_GENETIC, EXPORT_GENETIC,
    LOGIN, LOGIN_FAILED, LOGIN_LOCKED, LOGOUT
}
