package org.homecoming.kinship.dvi;

/**
 * Whether undisputed matches are fixed before the joint enumeration. Fixing only prunes: the LR of
 * every assignment listed is its LR against "nobody identified" either way, but the assignments in
 * which a fixed victim is not its match are left out, so the posteriors become conditional on the
 * fixed matches.
 *
 * <pre>{@code
 * DviOptions.defaults().withFixing(UndisputedFixing.NEVER);   // exact, or refused when too large
 * }</pre>
 */
public enum UndisputedFixing {
    /** Enumerate every candidate assignment; refuse above {@link DviOptions#maxAssignments()}. */
    NEVER,
    /**
     * Enumerate every candidate assignment when there are at most
     * {@link DviOptions#maxAssignments()}; otherwise fix the undisputed matches first (the default).
     */
    WHEN_NEEDED,
    /** Always fix the undisputed matches first, as dvir's {@code jointDVI} does by default. */
    ALWAYS
}
