package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one stored row adds to one figure: the row ({@code table}, {@code id}, {@code ref}), the date that
 * puts it in a year, the provinces it counts in and the amount it adds to its group (a method, a device
 * category, an outcome, a beneficiary group). Areas are in m², rounded to 0.01 m²; counts are whole.
 *
 * <pre>{@code
 * new Contribution(Figure.CLEARED, "lr_activity", 7, "ACT-7", LocalDate.of(2024, 3, 1), "Quảng Trị",
 *         "Quảng Bình", "CLEARED", new BigDecimal("2500.50"));
 * }</pre>
 */
public record Contribution(Figure figure, String table, long id, String ref, LocalDate date, String province,
        String provinceOld, String group, BigDecimal amount) {

    /** The year the row counts in; {@code null} for remaining contamination, which has no date. */
    public Integer year() {
        return date == null ? null : date.getYear();
    }
}
