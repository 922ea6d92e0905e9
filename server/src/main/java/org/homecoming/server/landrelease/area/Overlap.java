package org.homecoming.server.landrelease.area;

import java.time.OffsetDateTime;

/**
 * An overlap of an area with another open area, flagged for review (never merged), with its area on the
 * ellipsoid and, once reviewed, who reviewed it, when and why it stands.
 *
 * <pre>{@code
 * overlap.reviewed(); // false until POST .../overlaps/{otherId}/review
 * }</pre>
 */
public record Overlap(long otherId, String otherRef, double overlapM2, OffsetDateTime flaggedAt, String reviewedBy,
        OffsetDateTime reviewedAt, String reviewNote) {

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
