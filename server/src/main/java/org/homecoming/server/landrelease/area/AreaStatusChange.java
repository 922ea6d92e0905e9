package org.homecoming.server.landrelease.area;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of an area's status history: the status, the day it took effect, why, who recorded it and when.
 *
 * <pre>{@code
 * new AreaStatusChange(AreaStatus.CLOSED, LocalDate.of(2026, 11, 3), "cleared, 12 items found", "mao", now);
 * }</pre>
 */
public record AreaStatusChange(AreaStatus status, LocalDate effectiveOn, String reason, String changedBy,
        OffsetDateTime changedAt) {
}
