package org.homecoming.kinship.evidence;

import java.util.Objects;

/**
 * The posterior probability that one remains is one missing person, given every pair's evidence and
 * that each remains is at most one person and each person at most one remains.
 *
 * <p>{@code posteriors.get(0).posterior() >= 0.99}
 *
 * @param method how it was computed: exact enumeration or Gibbs sampling of its component
 */
public record PairPosterior(String remains, String missing, double posterior, Method method) {

    /** How a component's posteriors were computed. */
    public enum Method {
        /** By enumerating every assignment of the component. */
        EXACT,
        /** By Gibbs sampling, the component having too many assignments to enumerate. */
        GIBBS
    }

    public PairPosterior {
        Objects.requireNonNull(remains, "remains");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(method, "method");
        if (!(posterior >= 0 && posterior <= 1 + 1e-12)) {
            throw new IllegalStateException("posterior outside [0, 1]: " + posterior);
        }
    }
}
