package org.homecoming.kinship.lineage;

/**
 * Exact (Clopper–Pearson) confidence bounds for a binomial proportion: how common a haplotype may
 * be when it was seen x times among N reference profiles.
 *
 * <p>{@code ClopperPearson.upperBound(0, 100, 0.05, Sides.ONE_SIDED)} is 1 − 0.05<sup>1/100</sup>
 * = 0.029513.
 *
 * <p>The upper bound u solves P(X ≤ x | N, u) = α (one-sided) or α/2 (two-sided), i.e. u is the
 * beta(x + 1, N − x) quantile at 1 − α (or 1 − α/2); for x = 0 this is the closed form
 * 1 − α<sup>1/N</sup> (one-sided) used by the SWGDAM lineage-marker guidelines. For x = N the upper
 * bound is 1.
 */
public final class ClopperPearson {

    /** Whether α is spent on the upper tail alone or split over both tails. */
    public enum Sides {
        /** u with P(X ≤ x | u) = α: a one-sided (1 − α) upper bound; the SWGDAM convention. */
        ONE_SIDED,
        /** u with P(X ≤ x | u) = α/2: the upper end of the two-sided (1 − α) interval. */
        TWO_SIDED
    }

    private ClopperPearson() {
    }

    /** The exact upper confidence bound of the proportion after {@code matches} among {@code size}. */
    public static double upperBound(int matches, int size, double alpha, Sides sides) {
        check(matches, size, alpha);
        if (matches == size) {
            return 1;
        }
        double tail = sides == Sides.ONE_SIDED ? alpha : alpha / 2;
        return IncompleteBeta.inverse(1 - tail, matches + 1, size - matches);
    }

    /** The exact lower confidence bound (0 when there are no matches). */
    public static double lowerBound(int matches, int size, double alpha, Sides sides) {
        check(matches, size, alpha);
        if (matches == 0) {
            return 0;
        }
        double tail = sides == Sides.ONE_SIDED ? alpha : alpha / 2;
        return IncompleteBeta.inverse(tail, matches, size - matches + 1);
    }

    private static void check(int matches, int size, double alpha) {
        if (size < 1) {
            throw new IllegalArgumentException("reference set size must be at least 1: " + size);
        }
        if (matches < 0 || matches > size) {
            throw new IllegalArgumentException("matches must be in [0, " + size + "]: " + matches);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
        }
    }
}
