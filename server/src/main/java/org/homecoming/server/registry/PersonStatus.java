package org.homecoming.server.registry;

/**
 * Where a missing person's case stands, in the order cases move: missing, remains recovered, under
 * identification, identified, family notified, then reburied (or, for the US side, repatriated).
 *
 * <pre>{@code
 * PersonStatus.IDENTIFIED.standsOnEvidence(); // true: only the four-eyes DNA decision sets it
 * PersonStatus.MISSING.standsOnEvidence();    // false: the case officer describes the case
 * }</pre>
 *
 * <p>The first three describe the case and are edited freely. The last four are conclusions that
 * stand on a record held by the workflow that sets them ({@link #evidence()}); no form, API body or
 * import may set them or move a person out of them, only that workflow or an administrator's
 * correction with a reason.
 */
public enum PersonStatus {
    MISSING, REMAINS_RECOVERED, UNDER_IDENTIFICATION, IDENTIFIED, FAMILY_NOTIFIED, REBURIED, REPATRIATED;

    /** Whether this status is a conclusion set only by the workflow holding its evidence. */
    public boolean standsOnEvidence() {
        return ordinal() >= IDENTIFIED.ordinal();
    }

    /** The record this status stands on, in words for error messages. */
    public String evidence() {
        return switch (this) {
            case IDENTIFIED -> "a DNA identification confirmed by two analysts";
            case FAMILY_NOTIFIED -> "a family notification record";
            case REBURIED -> "a reburial record";
            case REPATRIATED -> "a repatriation record";
            default -> "nothing: it describes the case";
        };
    }

    /** The statuses a case officer may set in the form or the API: those that describe the case. */
    public static java.util.List<PersonStatus> editable() {
        return java.util.Arrays.stream(values()).filter(s -> !s.standsOnEvidence()).toList();
    }

    /** The status named {@code value}. */
    public static PersonStatus parse(String value) {
        for (PersonStatus s : values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be one of MISSING, REMAINS_RECOVERED, UNDER_IDENTIFICATION,"
                + " IDENTIFIED, FAMILY_NOTIFIED, REBURIED, REPATRIATED: " + value);
    }
}
