package org.homecoming.server.registry;

/**
 * Where a missing person's case stands, in the order cases move: missing, remains recovered, under
 * identification, identified, family notified, then reburied (or, for the US side, repatriated).
 */
public enum PersonStatus {
    MISSING, REMAINS_RECOVERED, UNDER_IDENTIFICATION, IDENTIFIED, FAMILY_NOTIFIED, REBURIED, REPATRIATED;

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
