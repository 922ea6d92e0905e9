package org.homecoming.server.closure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The record that identified remains were reburied: cemetery or place, day, grave reference, notes;
 * who entered it and when.
 *
 * <pre>{@code
 * new Reburial(0, 42, "Nghĩa trang liệt sĩ Trường Sơn", LocalDate.of(2026, 4, 27), "Khu B, hàng 3, mộ 12",
 *         null, "liaison-vn", now);
 * }</pre>
 */
public record Reburial(long id, long personId, String place, LocalDate reburiedOn, String graveRef, String notes,
        String recordedBy, OffsetDateTime recordedAt) {
}
