package org.homecoming.server.assistance;

import java.time.LocalDate;

/**
 * A follow-up visit after a service.
 *
 * <pre>{@code
 * new FollowUp(1, 4, LocalDate.of(2026, 2, 1), FollowUpOutcome.IMPROVED, "walks to the market");
 * }</pre>
 */
public record FollowUp(long id, long serviceId, LocalDate visitedOn, FollowUpOutcome outcome, String note) {
}
