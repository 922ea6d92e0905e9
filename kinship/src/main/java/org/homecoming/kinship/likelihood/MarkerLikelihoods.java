package org.homecoming.kinship.likelihood;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Natural-log likelihoods of one pedigree and data set, per locus and summed over loci.
 *
 * <p>{@code MarkerLikelihoods m = Likelihood.logLikelihoods(p, data, loci, o); m.perLocus().get("TH01")}
 *
 * <p>A locus where the data are impossible holds {@code Double.NEGATIVE_INFINITY}, and so then does
 * {@code total}.
 */
public record MarkerLikelihoods(Map<String, Double> perLocus, double total) {

    public MarkerLikelihoods {
        perLocus = Collections.unmodifiableMap(new LinkedHashMap<>(perLocus));
    }
}
