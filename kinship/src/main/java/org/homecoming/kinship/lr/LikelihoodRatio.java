package org.homecoming.kinship.lr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hypothesis against the reference: the likelihood ratio, its log10, and per-locus ratios.
 *
 * <p>{@code result.lr().get("paternity").total()}
 *
 * <p>Ratios are exponentiated from natural-log differences. x/0 with x &gt; 0 is {@code +∞}; 0/x is 0
 * (log10 = −∞); 0/0 is {@code NaN} (the data are impossible under both). The total is the product
 * of the per-locus ratios (unlinked markers); one NaN locus makes the total NaN.
 */
public record LikelihoodRatio(double total, double log10, Map<String, Double> markers) {

    public LikelihoodRatio {
        markers = Collections.unmodifiableMap(new LinkedHashMap<>(markers));
    }
}
