package org.homecoming.kinship.lr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The natural-log likelihood of the data under one hypothesis, total and per locus.
 *
 * <p>{@code result.hypotheses().get(0).logLikelihood()}
 *
 * <p>{@code Double.NEGATIVE_INFINITY} where the data are impossible.
 */
public record HypothesisLikelihood(String name, double logLikelihood, Map<String, Double> markers) {

    public HypothesisLikelihood {
        markers = Collections.unmodifiableMap(new LinkedHashMap<>(markers));
    }
}
