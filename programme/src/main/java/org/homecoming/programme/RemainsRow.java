package org.homecoming.programme;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.homecoming.kinship.evidence.GeoPoint;

/**
 * One row of {@code remains.csv}: a set of recovered remains with the anthropologist's estimates.
 *
 * <p>{@code remains.sexEstimate()} is {@code "M"}, {@code "F"} or {@code "U"} and may be wrong, as estimates are.
 */
public record RemainsRow(String id, String siteId, Optional<PartialDate> recoveryDate, Optional<GeoPoint> recoveryPoint,
        OptionalInt precisionM, String team, String sexEstimate, OptionalInt ageMin, OptionalInt ageMax,
        OptionalInt statureCm, String condition, List<String> artifacts, String status) {

    public RemainsRow {
        artifacts = List.copyOf(artifacts);
    }
}
