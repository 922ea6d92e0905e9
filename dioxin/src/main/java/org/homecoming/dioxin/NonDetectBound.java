package org.homecoming.dioxin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a non-detect counts as in a TEQ: nothing (lower bound), half its limit (medium bound) or its limit
 * (upper bound). Detected results count at their value under every bound.
 *
 * <p>{@code NonDetectBound.MEDIUM.concentration(Measurement.notDetected("OCDD", 4, Unit.PG_PER_G))} is 2.0.
 */
public enum NonDetectBound {
    LOWER(0),
    MEDIUM(0.5),
    UPPER(1);

    private final double shareOfLimit;

    NonDetectBound(double shareOfLimit) {
        this.shareOfLimit = shareOfLimit;
    }

    /** The concentration this bound gives the result, in the base unit of its basis. */
    public double concentration(Measurement m) {
        double raw = m.detected() ? m.value().getAsDouble() : shareOfLimit * m.limit().getAsDouble();
        return m.unit().toBase(raw);
    }

    /** Lower-case name, as on the command line and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NonDetectBound parse(String s) {
        for (NonDetectBound b : values()) {
            if (b.code().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return b;
            }
        }
        throw new IllegalArgumentException("bound must be one of "
                + Arrays.stream(values()).map(NonDetectBound::code).collect(Collectors.joining(", ")) + ": " + s);
    }
}
