package org.homecoming.kinship.evidence;

/**
 * The prior over assignments of remains to missing persons: each missing person is among the
 * searched remains with probability p, then equally likely to be any of them.
 *
 * <pre>{@code
 * MatchingPrior prior = MatchingPrior.fromCounts(2000, 2500);   // p = 0.8, per pair 0.8 / 2000
 * }</pre>
 *
 * <p>Taking missing persons as independent under this prior and then keeping only assignments where
 * no remains is given to two persons, an assignment's prior is proportional to Π over its pairs of
 * the pair odds (p / n) / (1 − p): that number is all the posterior needs.
 *
 * @param pRecovered probability that a missing person is among the searched remains, in (0, 1)
 * @param remains number of searched remains
 */
public record MatchingPrior(double pRecovered, int remains) {

    /** p is kept at most this, since p = 1 would force every missing person to be found. */
    static final double MAX_P = 0.99;

    public MatchingPrior {
        if (!(pRecovered > 0 && pRecovered < 1)) {
            throw new IllegalArgumentException("pRecovered must be in (0, 1): " + pRecovered);
        }
        if (remains < 1) {
            throw new IllegalArgumentException("remains must be >= 1: " + remains);
        }
    }

    /** p = min(remains / missing, 0.99): as many of the missing are found as there are remains. */
    public static MatchingPrior fromCounts(int remains, int missing) {
        if (remains < 1 || missing < 1) {
            throw new IllegalArgumentException("remains and missing must be >= 1: " + remains + ", " + missing);
        }
        return new MatchingPrior(Math.min(MAX_P, (double) remains / missing), remains);
    }

    /** Prior probability that one given missing person is one given remains: p / n. */
    public double perPair() {
        return pRecovered / remains;
    }

    /** ln of the per-pair prior odds (p / n) / (1 − p). */
    public double lnPairOdds() {
        return Math.log(perPair()) - Math.log1p(-pRecovered);
    }
}
