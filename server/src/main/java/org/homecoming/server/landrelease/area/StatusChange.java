package org.homecoming.server.landrelease.area;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of an area's status history: the status, the day it took effect, why, who recorded it and when.
 *
 * <pre>{@code
 * new StatusChange(AreaStatus.CLOSED, LocalDate.of(2026, 11, 3), "cleared, 12 items found", "mao", now);
 * }</pre>
 */
public record StatusChange(AreaStatus status, LocalDate effectiveOn, String reason, String changedBy,
        OffsetDateTime changedAt) {
}
