package org.homecoming.server.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a person's consent history: a scope given or withdrawn from a date on. Withdrawal adds a line; no line
 * is changed or removed, so what was counted and shared before stays explainable.
 *
 * <pre>{@code
 * new ConsentEvent(ConsentPurpose.STATISTICS, false, LocalDate.of(2026, 3, 1), "by phone", "hoa", now);
 * }</pre>
 */
public record ConsentEvent(ConsentPurpose scope, boolean granted, LocalDate effectiveOn, String note, String recordedBy,
        OffsetDateTime recordedAt) {
}
