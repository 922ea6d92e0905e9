package org.homecoming.server.cooperation;

/**
 * A memorandum of understanding, a plan under it, or minutes of a meeting.
 *
 * <pre>{@code
 * AgreementKind.valueOf("MEMORANDUM");
 * }</pre>
 */
public enum AgreementKind {
    MEMORANDUM, PLAN, MINUTES
}
