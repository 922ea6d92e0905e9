package org.homecoming.kinship.lr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Likelihoods of every hypothesis and the likelihood ratio of each against the reference.
 *
 * <p>{@code LrResult r = KinshipAnalysis.run(hypotheses, data, loci, options, "unrelated");
 * r.lr().get("paternity").total()}
 *
 * <p>{@code lr} maps each hypothesis name (the reference included, with ratio 1 where its likelihood
 * is positive) to its ratio against the reference, in hypothesis order.
 */
public record LrResult(List<HypothesisLikelihood> hypotheses, String reference, Map<String, LikelihoodRatio> lr) {

    public LrResult {
        hypotheses = List.copyOf(hypotheses);
        lr = Collections.unmodifiableMap(new LinkedHashMap<>(lr));
    }

    /** The likelihood of the hypothesis {@code name}; throws when there is none. */
    public HypothesisLikelihood hypothesis(String name) {
        return hypotheses.stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no hypothesis named " + name + " in " + hypotheses.stream()
                        .map(HypothesisLikelihood::name).toList()));
    }
}
