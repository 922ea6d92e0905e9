package org.homecoming.kinship.evidence;

import java.util.Objects;

/**
 * The likelihood ratio of one remains × missing person pair, in natural log, as it enters the
 * exclusivity posterior.
 *
 * <p>{@code new PairLr("R-1", "MP-7", Math.log(1e6))}
 *
 * @param lnLr ln LR; {@code -Infinity} (LR 0, an exclusion) is allowed and keeps the pair out of every assignment
 */
public record PairLr(String remains, String missing, double lnLr) {

    public PairLr {
        Objects.requireNonNull(remains, "remains");
        Objects.requireNonNull(missing, "missing");
        if (Double.isNaN(lnLr) || lnLr == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("ln LR of " + remains + " × " + missing + " must be < +infinity: " + lnLr);
        }
    }
}
