package org.homecoming.server.landrelease.area;

import java.time.OffsetDateTime;
import org.homecoming.server.security.Side;

/**
 * A stored hazardous area: what a list or map shows, its outline as WKT (null when only points describe it) and
 * the side that recorded it.
 *
 * <pre>{@code
 * area.ref();            // "HA-2026-000042"
 * area.remainingAreaM2(); // 8 500.0
 * }</pre>
 */
public record HazardArea(long id, String ref, String name, AreaClass areaClass, AreaStatus status, String wkt,
        BoundingBox box, double estimatedAreaM2, double remainingAreaM2, boolean outsideCountry, Places places,
        String organisation, Beneficiaries beneficiaries, boolean needsOverlapReview, Side side, boolean shared,
        String createdBy, OffsetDateTime createdAt) {
}
