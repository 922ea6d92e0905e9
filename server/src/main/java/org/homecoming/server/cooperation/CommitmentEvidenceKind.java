package org.homecoming.server.cooperation;

/**
 * What a commitment's status may stand on: a document in the archive, an IATI activity, an indicator, a meeting.
 *
 * <pre>{@code
 * CommitmentEvidenceKind.valueOf("ARCHIVE_DOCUMENT");
 * }</pre>
 */
public enum CommitmentEvidenceKind {
    ARCHIVE_DOCUMENT, ACTIVITY, INDICATOR, MEETING
}
