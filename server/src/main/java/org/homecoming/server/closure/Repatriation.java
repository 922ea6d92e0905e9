package org.homecoming.server.closure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The record that the remains of an identified US person were repatriated: day, ceremony or place,
 * receiving agency, notes; who entered it and when.
 *
 * <pre>{@code
 * new Repatriation(0, 43, LocalDate.of(2026, 5, 1), "Da Nang airport", "DPAA", null, "liaison-us", now);
 * }</pre>
 */
public record Repatriation(long id, long personId, LocalDate repatriatedOn, String ceremonyPlace,
        String receivingAgency, String notes, String recordedBy, OffsetDateTime recordedAt) {
}
