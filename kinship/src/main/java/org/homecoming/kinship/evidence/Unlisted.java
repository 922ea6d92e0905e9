package org.homecoming.kinship.evidence;

/**
 * What the missing persons of the registry not paired with one remains weigh together: ln of the
 * sum of their LRs with it, on the autosomal DNA alone and with the context.
 *
 * <p>{@code new Unlisted(Math.log(850), Math.log(1_300)).lnLr(EvidenceSet.ALL)} is ln 1 300.
 *
 * <p>Their lineage LRs are not computed: an unrelated person's lineage LR averages 1, so the sum
 * with lineage is taken as the sum without it. A person with no typed relative counts with
 * autosomal LR 1 (the DNA says nothing of him).
 *
 * @param lnAutosomal ln Σ autosomal LR; {@code -Infinity} when there is no one
 * @param lnWithContext ln Σ autosomal LR × context LR
 */
public record Unlisted(double lnAutosomal, double lnWithContext) {

    public Unlisted {
        if (Double.isNaN(lnAutosomal) || Double.isNaN(lnWithContext)) {
            throw new IllegalArgumentException("sums must be numbers: " + lnAutosomal + ", " + lnWithContext);
        }
    }

    /**
     * The sums less one person who joins the graph: his autosomal LR and his autosomal × context LR
     * (a sum that would fall to 0 or below by rounding becomes empty, −∞).
     */
    public Unlisted without(double autosomal, double withContext) {
        return new Unlisted(less(lnAutosomal, autosomal), less(lnWithContext, withContext));
    }

    private static double less(double lnSum, double x) {
        double rest = 1 - x * Math.exp(-lnSum);
        return lnSum == Double.NEGATIVE_INFINITY || rest <= 1e-12 ? Double.NEGATIVE_INFINITY : lnSum + Math.log(rest);
    }

    /** ln Σ LR under {@code set}: with the context when the set uses it. */
    public double lnLr(EvidenceSet set) {
        return set.context() ? lnWithContext : lnAutosomal;
    }
}
