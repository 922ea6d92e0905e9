package org.homecoming.server.identification;

/**
 * Bayes' rule on the odds scale: posterior odds = LR × prior odds, computed in log10 so that LRs
 * of 10^30 neither overflow nor round the posterior to exactly 1 before it is shown.
 */
final class Posterior {

    private Posterior() {
    }

    /** P(identity | data) for a prior probability in (0, 1) and an LR given as log10. */
    static double of(double prior, double log10Lr) {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must be a probability in (0, 1): " + prior);
        }
        if (log10Lr == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double x = Math.log10((1 - prior) / prior) - log10Lr;
        return 1 / (1 + Math.pow(10, x));
    }
}
