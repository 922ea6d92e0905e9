package org.homecoming.server.landrelease.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.security.Side;

/**
 * A survey or clearance activity as stored, with its land-release product once completed.
 *
 * <pre>{@code
 * activity.product().totalM2(); // cancelled + reduced + cleared
 * }</pre>
 */
public record Activity(long id, String ref, Long hazardAreaId, String hazardAreaRef, ActivityType type,
        String organisation, String team, List<Method> methods, String detectorType, LocalDate startDate,
        LocalDate endDate, ActivityStatus status, String wkt, Double workedAreaM2, Product product, String province,
        Side side, boolean shared, String createdBy, OffsetDateTime createdAt) {
}
