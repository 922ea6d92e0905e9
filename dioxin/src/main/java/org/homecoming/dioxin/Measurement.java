package org.homecoming.dioxin;

import java.util.OptionalDouble;

/**
 * One laboratory result for one congener: the reported name, the value and its unit, whether the congener was
 * detected, the limit a non-detect is counted at, and — where the laboratory reports them — the quantification
 * limit apart and its qualifier flag (e.g. {@code J} estimated, {@code B} found in the blank, {@code EMPC}).
 *
 * <p>{@code Measurement.detected("2,3,7,8-TCDD", 12.5, Unit.PG_PER_G)} and
 * {@code Measurement.notDetected("OCDF", 0.8, Unit.PG_PER_G)}
 *
 * <p>A detected result needs a value; a non-detect needs its limit, which the non-detect bound uses in place of
 * the value. The congener is kept as reported, so that a name outside the TEF scheme can be reported back.
 */
public record Measurement(String congener, OptionalDouble value, Unit unit, boolean detected, OptionalDouble limit,
        OptionalDouble quantificationLimit, String qualifier) {

    /** Qualifiers are short laboratory flags; longer text is a comment, not a qualifier. */
    public static final int MAX_QUALIFIER = 16;

    /** A result without a separate quantification limit or qualifier. */
    public Measurement(String congener, OptionalDouble value, Unit unit, boolean detected, OptionalDouble limit) {
        this(congener, value, unit, detected, limit, OptionalDouble.empty(), "");
    }

    public Measurement {
        if (congener == null || congener.isBlank()) {
            throw new IllegalArgumentException("congener must not be blank: " + congener);
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit must be given for " + congener);
        }
        check("value", value, congener);
        check("detection limit", limit, congener);
        check("quantification limit", quantificationLimit, congener);
        qualifier = qualifier == null ? "" : qualifier.strip();
        if (qualifier.length() > MAX_QUALIFIER) {
            throw new IllegalArgumentException("a qualifier is at most " + MAX_QUALIFIER + " characters: " + congener + " " + qualifier);
        }
        if (detected && value.isEmpty()) {
            throw new IllegalArgumentException("a detected result needs a value: " + congener);
        }
        if (!detected && limit.isEmpty()) {
            throw new IllegalArgumentException("a non-detect needs its detection limit: " + congener);
        }
    }

    public static Measurement detected(String congener, double value, Unit unit) {
        return new Measurement(congener, OptionalDouble.of(value), unit, true, OptionalDouble.empty());
    }

    public static Measurement notDetected(String congener, double limit, Unit unit) {
        return new Measurement(congener, OptionalDouble.empty(), unit, false, OptionalDouble.of(limit));
    }

    private static void check(String what, OptionalDouble v, String congener) {
        if (v == null) {
            throw new IllegalArgumentException(what + " must be given (possibly empty) for " + congener);
        }
        if (v.isPresent() && !(v.getAsDouble() >= 0 && Double.isFinite(v.getAsDouble()))) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0: " + congener + " " + v.getAsDouble());
        }
    }
}
