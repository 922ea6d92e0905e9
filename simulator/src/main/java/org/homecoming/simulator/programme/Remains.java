package org.homecoming.simulator.programme;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of {@code remains.csv}: a set of recovered remains with the anthropologist's estimates.
 *
 * <p>{@code remains.sexEstimate()} is {@code "M"}, {@code "F"} or {@code "U"} and may be wrong, as estimates are.
 */
public record Remains(String id, String siteId, Optional<PartialDate> recoveryDate, Optional<GeoPoint> recoveryPoint,
        OptionalInt precisionM, String team, String sexEstimate, OptionalInt ageMin, OptionalInt ageMax,
        OptionalInt statureCm, String condition, List<String> artifacts, String status) {

    public Remains {
        artifacts = List.copyOf(artifacts);
    }
}
