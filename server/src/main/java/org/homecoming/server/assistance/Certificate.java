package org.homecoming.server.assistance;

import java.time.LocalDate;

/**
 * A certificate of disability under Law 51/2010/QH12: type and level as the commune council certified them, and
 * when.
 *
 * <pre>{@code
 * new Certificate(1, LegalDisabilityType.MOBILITY, LegalLevel.SEVERE, LocalDate.of(2024, 5, 2), "UBND xã Gio Linh");
 * }</pre>
 */
public record Certificate(long id, LegalDisabilityType type, LegalLevel level, LocalDate certifiedOn, String council) {
}
