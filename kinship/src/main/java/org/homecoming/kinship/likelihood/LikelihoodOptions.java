package org.homecoming.kinship.likelihood;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of a likelihood computation: the θ (F_ST) correction and per-person allelic dropout.
 *
 * <p>{@code LikelihoodOptions o = LikelihoodOptions.defaults().withTheta(0.01).withDropout("V1", 0.1);}
 *
 * <p>θ must be in [0, 1); dropout probabilities in [0, 1). See {@code docs/kinship.md} for both
 * models: θ draws all founder alleles of a pedigree from one Balding–Nichols urn; dropout lets a
 * homozygous call a/a stand for a true a/x.
 */
public record LikelihoodOptions(double theta, Map<String, Double> dropout) implements Serializable {

    private static final LikelihoodOptions DEFAULTS = new LikelihoodOptions(0, Map.of());

    public LikelihoodOptions {
        if (!(theta >= 0 && theta < 1)) {
            throw new IllegalArgumentException("theta must be in [0, 1): " + theta);
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        if (dropout != null) {
            dropout.forEach((person, d) -> {
                if (d == null || !(d >= 0 && d < 1)) {
                    throw new IllegalArgumentException("dropout probability of " + person
                            + " must be in [0, 1): " + d);
                }
                copy.put(person, d);
            });
        }
        dropout = Collections.unmodifiableMap(copy);
    }

    /** θ = 0, no dropout. */
    public static LikelihoodOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with another θ. */
    public LikelihoodOptions withTheta(double theta) {
        return new LikelihoodOptions(theta, dropout);
    }

    /** A copy in which {@code person}'s alleles each drop out with probability {@code p}. */
    public LikelihoodOptions withDropout(String person, double p) {
        Map<String, Double> m = new LinkedHashMap<>(dropout);
        m.put(person, p);
        return new LikelihoodOptions(theta, m);
    }

    /** The dropout probability of {@code person} (0 when none was set). */
    public double dropout(String person) {
        return dropout.getOrDefault(person, 0.0);
    }
}
