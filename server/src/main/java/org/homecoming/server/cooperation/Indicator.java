package org.homecoming.server.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator of results with its baseline and target, and its actual as of a day: computed from its source pillar
 * or, for a manual indicator, the latest period's typed actual. {@code periods} are the typed periods;
 * {@code activityIdentifier} the IATI activity whose result it is, if any.
 *
 * <pre>{@code
 * indicator.source().computed();
 * }</pre>
 */
public record Indicator(long id, String ref, Area area, String nameVi, String nameEn, IndicatorSource source,
        BigDecimal baseline, Integer baselineYear, BigDecimal target, Integer targetYear, BigDecimal actual,
        LocalDate asOf, List<Period> periods, String activityIdentifier) {

    public Indicator {
        periods = List.copyOf(periods);
    }

    /** A typed period: target and actual (the actual only for a manual indicator). */
    public record Period(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
    }

    /** The actual as a share of the target, or null when either is missing. */
    public Double progress() {
        return actual == null || target == null || target.signum() == 0 ? null
                : actual.doubleValue() / target.doubleValue();
    }
}
