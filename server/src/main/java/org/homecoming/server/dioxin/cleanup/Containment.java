package org.homecoming.server.dioxin.cleanup;

/**
 * How a stockpile of excavated soil is held until treatment.
 *
 * <pre>{@code
 * Containment.parse("lined_covered"); // LINED_COVERED
 * }</pre>
 */
public enum Containment {
    LINED_COVERED, LANDFILL_CELL, TEMPORARY_COVERED, UNCONTAINED;

    public static Containment parse(String s) {
        for (Containment c : values()) {
            if (c.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("containment: one of LINED_COVERED, LANDFILL_CELL, TEMPORARY_COVERED,"
                + " UNCONTAINED: " + s);
    }
}
