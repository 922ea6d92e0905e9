package org.homecoming.server.assistance;

/**
 * A recorded cause. An ordnance accident names the victim by the land-release pillar's stable reference
 * ({@code VIC-...}); {@code accidentId} is that accident when it is stored here and visible, null otherwise. A
 * presumed dioxin exposure has its place, period and the exposed generation (1 the person exposed, 2 a child, 3 a
 * grandchild).
 *
 * <pre>{@code
 * new Cause(1, CauseKind.ORDNANCE_ACCIDENT, "VIC-2019-000012", 7L, null, null, null, null, "lower limb");
 * }</pre>
 */
public record Cause(long id, CauseKind kind, String victimRef, Long accidentId, String exposurePlace,
        Integer exposureFrom, Integer exposureTo, Integer generation, String description) {
}
