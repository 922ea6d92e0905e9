package org.homecoming.server.landrelease.safety;

import java.util.List;

/**
 * The body of {@code POST /api/v1/accidents}.
 *
 * <pre>{@code
 * {"lat":16.75,"lon":107.05,"occurredOn":"2025-06-02","deviceCategory":"CLUSTER_MUNITION",
 *  "activityAtTime":"SCRAP_COLLECTING","victims":[{"sex":"M","age":14,"outcome":"INJURED","injury":"left hand"}]}
 * }</pre>
 */
public record AccidentRequest(Double lat, Double lon, String occurredOn, String deviceCategory, String activityAtTime,
        Boolean deminingAccident, Long hazardAreaId, String description, List<VictimRequest> victims) {

    /** One person: sex F, M or U, age in years when known, KILLED or INJURED, the injury in words. */
    public record VictimRequest(String sex, Integer age, String outcome, String injury) {
    }
}
