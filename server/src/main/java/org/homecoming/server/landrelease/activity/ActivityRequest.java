package org.homecoming.server.landrelease.activity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The body of {@code POST /api/v1/activities}: the area worked (absent only for an EOD spot task away from any
 * recorded area), who, how, from when, and optionally the GeoJSON polygon worked.
 *
 * <pre>{@code
 * {"hazardAreaId":12,"type":"CLEARANCE","organisation":"Provincial team 1","methods":["MANUAL"],"startDate":"2026-03-01"}
 * }</pre>
 */
public record ActivityRequest(Long hazardAreaId, String type, String organisation, String team, List<String> methods,
        String detectorType, String startDate, String status, JsonNode worked, Double lat, Double lon) {
}
