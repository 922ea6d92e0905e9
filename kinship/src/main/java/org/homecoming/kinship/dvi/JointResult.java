package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The joint analysis of a DVI problem: every candidate assignment, best first, and what follows
 * from them — posteriors and each victim's marginal posterior under a flat or a given prior.
 *
 * <pre>{@code
 * JointResult j = DviAnalysis.joint(problem);
 * j.marginals().get("V1").get("M1");                       // P(V1 = M1 | data), flat prior
 * j.marginals(a -> a.missingOf("V1").equals("*") ? 1 : 2); // a prior favouring identification
 * }</pre>
 */
public final class JointResult {

    private final List<String> victims;
    private final List<String> missing;
    private final List<JointAssignment> assignments;
    private final List<Identification> fixed;

    JointResult(List<String> victims, List<String> missing, List<JointAssignment> assignments,
            List<Identification> fixed) {
        this.victims = List.copyOf(victims);
        this.missing = List.copyOf(missing);
        this.assignments = List.copyOf(assignments);
        this.fixed = List.copyOf(fixed);
    }

    public List<String> victims() {
        return victims;
    }

    public List<String> missing() {
        return missing;
    }

    /** All candidate assignments, best (highest log-likelihood) first; ties in alphabetical order. */
    public List<JointAssignment> assignments() {
        return assignments;
    }

    /** The undisputed matches fixed in every assignment before the joint search. */
    public List<Identification> fixed() {
        return fixed;
    }

    /** Posterior of each assignment, in the order of {@link #assignments()}, under a prior weight. */
    public List<Double> posteriors(ToDoubleFunction<JointAssignment> prior) {
        double[] w = weights(prior);
        List<Double> out = new ArrayList<>();
        for (double x : w) {
            out.add(x);
        }
        return out;
    }

    /** Each victim's posterior over the missing persons and {@code "*"}, flat prior. */
    public Map<String, Map<String, Double>> marginals() {
        return marginals(a -> 1);
    }

    /**
     * Each victim's posterior over the missing persons and {@code "*"} (every one listed, zeros
     * included) under a prior weight per assignment; weights need not sum to 1.
     */
    public Map<String, Map<String, Double>> marginals(ToDoubleFunction<JointAssignment> prior) {
        double[] w = weights(prior);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String v : victims) {
            Map<String, Double> row = new LinkedHashMap<>();
            missing.forEach(m -> row.put(m, 0.0));
            row.put(DviProblem.NOT_IDENTIFIED, 0.0);
            out.put(v, row);
        }
        for (int k = 0; k < assignments.size(); k++) {
            JointAssignment a = assignments.get(k);
            for (int i = 0; i < victims.size(); i++) {
                out.get(victims.get(i)).merge(a.values().get(i), w[k], Double::sum);
            }
        }
        return out;
    }

    private double[] weights(ToDoubleFunction<JointAssignment> prior) {
        Objects.requireNonNull(prior, "prior");
        double max = Double.NEGATIVE_INFINITY;
        for (JointAssignment a : assignments) {
            max = Math.max(max, a.logLikelihood());
        }
        double[] w = new double[assignments.size()];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            double p = prior.applyAsDouble(assignments.get(k));
            if (!(p >= 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("prior weight must be finite and at least 0: " + p);
            }
            w[k] = p * Math.exp(assignments.get(k).logLikelihood() - max);
            sum += w[k];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("prior gives weight 0 to every assignment with a likelihood");
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        return w;
    }
}
