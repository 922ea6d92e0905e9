package org.homecoming.server.assistance;

import java.time.LocalDate;

/**
 * A need identified in a needs assessment, by IMAS 13.10 category, and whether a referral answers it yet.
 *
 * <pre>{@code
 * new Need(1, 42, ServiceCategory.REHABILITATION, AssistiveItem.PROSTHESIS, NeedPriority.HIGH, LocalDate.of(2026, 3, 2),
 *         "below-knee, left", true);
 * }</pre>
 */
public record Need(long id, long personId, ServiceCategory category, AssistiveItem item, NeedPriority priority,
        LocalDate assessedOn, String note, boolean referred) {
}
