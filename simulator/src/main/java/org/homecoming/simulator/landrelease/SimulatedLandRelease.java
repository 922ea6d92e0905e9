package org.homecoming.simulator.landrelease;

/**
 * What {@link LandReleaseSimulator} wrote: counts of each kind of record.
 *
 * <pre>{@code
 * summary.hazardAreas(); // 60
 * }</pre>
 */
public record SimulatedLandRelease(int hazardAreas, int activities, int finds, int accidents, int riskEducation,
        int qaVisits) {
}
