package org.homecoming.kinship.lr;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.likelihood.MarkerLikelihoods;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;

/**
 * Scores one data set under several pedigree hypotheses and compares each with a reference.
 *
 * <p>{@code KinshipAnalysis.run(List.of(new Hypothesis("father", h1), new Hypothesis("unrelated", h2)),
 * data, loci, LikelihoodOptions.defaults(), "unrelated").lr().get("father").total()}
 *
 * <p>Hypothesis names must be distinct and include {@code referenceName}. See {@link
 * LikelihoodRatio} for infinite and undefined ratios.
 */
public final class KinshipAnalysis {

    private KinshipAnalysis() {
    }

    /** Likelihoods of every hypothesis and ratios against {@code referenceName}. */
    public static LrResult run(List<Hypothesis> hypotheses, GenotypeTable data, List<Locus> loci,
                               LikelihoodOptions o, String referenceName) {
        if (hypotheses == null || hypotheses.isEmpty()) {
            throw new IllegalArgumentException("at least one hypothesis is needed: " + hypotheses);
        }
        Set<String> names = new HashSet<>();
        for (Hypothesis h : hypotheses) {
            if (!names.add(h.name())) {
                throw new IllegalArgumentException("duplicate hypothesis name: " + h.name());
            }
        }
        if (!names.contains(referenceName)) {
            throw new IllegalArgumentException("reference hypothesis " + referenceName
                    + " is not among the hypotheses " + hypotheses.stream().map(Hypothesis::name).toList());
        }
        Map<String, HypothesisLikelihood> byName = new LinkedHashMap<>();
        for (Hypothesis h : hypotheses) {
            MarkerLikelihoods m = Likelihood.logLikelihoods(h.pedigree(), data, loci, o);
            byName.put(h.name(), new HypothesisLikelihood(h.name(), m.total(), m.perLocus()));
        }
        HypothesisLikelihood ref = byName.get(referenceName);
        Map<String, LikelihoodRatio> lr = new LinkedHashMap<>();
        for (HypothesisLikelihood h : byName.values()) {
            lr.put(h.name(), ratio(h, ref));
        }
        return new LrResult(List.copyOf(byName.values()), referenceName, lr);
    }

    private static LikelihoodRatio ratio(HypothesisLikelihood h, HypothesisLikelihood ref) {
        Map<String, Double> markers = new LinkedHashMap<>();
        double logSum = 0;
        for (Map.Entry<String, Double> e : h.markers().entrySet()) {
            double d = logDifference(e.getValue(), ref.markers().get(e.getKey()));
            markers.put(e.getKey(), Math.exp(d));
            logSum += d;
        }
        double log10 = logSum / Math.log(10);
        return new LikelihoodRatio(Math.exp(logSum), log10, markers);
    }

    /** ln(a/b) from ln a and ln b: −∞ − (−∞) is NaN (0/0), x − (−∞) is +∞. */
    static double logDifference(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY && b == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        return a - b;
    }
}
