package org.homecoming.kinship.dvi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One joint assignment of victims to missing persons ({@code "*"} = not identified) with its
 * log-likelihood, its LR against "nobody identified", and its posterior under a flat prior.
 *
 * <pre>{@code
 * JointAssignment best = joint.assignments().get(0);
 * best.missingOf("V1");    // "M1", or "*"
 * }</pre>
 *
 * <p>When undisputed matches were fixed first, the log-likelihood is that of the problem left after
 * fixing them (dvir's convention): differences between assignments are what it is for, and the
 * posterior is conditional on the fixed matches. The LR is always that of the whole assignment
 * against "nobody identified", every family scored with all its assigned victims placed together
 * (fixed matches included), so it is the same whether or not matches were fixed.
 */
public record JointAssignment(List<String> victims, List<String> values, double logLikelihood, double lr,
        double posterior) {

    public JointAssignment {
        victims = List.copyOf(victims);
        values = List.copyOf(values);
        if (victims.size() != values.size()) {
            throw new IllegalArgumentException("values must have one entry per victim: " + values);
        }
    }

    /** Victim → missing person or {@code "*"}, in victim order. */
    public Map<String, String> assignment() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < victims.size(); i++) {
            map.put(victims.get(i), values.get(i));
        }
        return map;
    }

    /** The missing person this assignment gives the victim, or {@code "*"}. */
    public String missingOf(String victim) {
        int i = victims.indexOf(Objects.requireNonNull(victim, "victim"));
        if (i < 0) {
            throw new IllegalArgumentException("unknown victim: " + victim);
        }
        return values.get(i);
    }
}
