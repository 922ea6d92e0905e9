package org.homecoming.server.registry;

import java.util.Arrays;
import java.util.List;

/**
 * A set of recovered remains: where and when recovered and by whom, the anthropological profile
 * (sex, age range, stature), condition, artifacts found with them and status.
 *
 * <pre>{@code
 * remains.artifactList(); // ["dép cao su", "bi đông"]
 * }</pre>
 *
 * <p>{@code identifiedPersonId} is the missing person the remains were identified as, or null.
 */
public record Remains(long id, String ref, long siteId, String recoveryDate, Integer recoveryYear, Double recoveryLat,
        Double recoveryLon, Integer precisionM, String team, String sexEstimate, Integer ageMin, Integer ageMax,
        Integer statureCm, String condition, String artifacts, String status, Long identifiedPersonId, int version) {

    public List<String> artifactList() {
        return artifacts == null || artifacts.isBlank() ? List.of() : Arrays.asList(artifacts.split(";"));
    }
}
