package org.homecoming.server.landrelease.bombing;

/**
 * An example of a rejected row for the import report: where it is, which field, what it held.
 *
 * <pre>{@code
 * new RejectedRow(12, "MSNDATE", "", RejectionReason.MISSING_DATE).toString(); // "12: MSNDATE: \"\" (MISSING_DATE)"
 * }</pre>
 *
 * @param line the line of the file, 1 being the header
 */
public record RejectedRow(long line, String field, String value, RejectionReason reason) {

    @Override
    public String toString() {
        return line + ": " + field + ": \"" + value + "\" (" + reason + ")";
    }
}
