package org.homecoming.kinship.evidence;

/**
 * An interval of ages in years: an anthropologist's estimate of age at death, or the ages a missing
 * person may have had at the loss date when the dates are partial.
 *
 * <p>{@code new AgeRange(20, 26).gapTo(new AgeRange(28, 29))} is 2.
 */
public record AgeRange(double min, double max) {

    public AgeRange {
        if (!(min >= 0 && max >= min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("age range must satisfy 0 <= min <= max < infinity: " + min + " to " + max);
        }
    }

    /** Years between the two ranges; 0 when they overlap. */
    public double gapTo(AgeRange other) {
        return Math.max(0, Math.max(other.min - max, min - other.max));
    }
}
