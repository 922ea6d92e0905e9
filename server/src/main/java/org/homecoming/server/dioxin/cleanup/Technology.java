package org.homecoming.server.dioxin.cleanup;

/**
 * How a batch of contaminated soil is dealt with. Containment isolates the soil without destroying the dioxin, so
 * its volume counts as contained, not treated, and it is never released for reuse.
 *
 * <pre>{@code
 * Technology.parse("thermal_desorption_in_pile").contains(); // false
 * }</pre>
 */
public enum Technology {
    /** Heating the soil in a covered pile (Da Nang: about 335 °C through 1,254 heating wells). */
    THERMAL_DESORPTION_IN_PILE,
    THERMAL_DESORPTION_EX_SITE,
    CONTAINMENT_LANDFILL,
    BIOREMEDIATION,
    OTHER;

    public boolean contains() {
        return this == CONTAINMENT_LANDFILL;
    }

    public static Technology parse(String s) {
        for (Technology t : values()) {
            if (t.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("technology: one of THERMAL_DESORPTION_IN_PILE, THERMAL_DESORPTION_EX_SITE,"
                + " CONTAINMENT_LANDFILL, BIOREMEDIATION, OTHER: " + s);
    }
}
