package org.homecoming.kinship.dvi;

import java.util.Objects;
import org.homecoming.kinship.likelihood.LikelihoodOptions;

/**
 * Settings of a DVI analysis; the defaults are those of the R package dvir.
 *
 * <pre>{@code
 * DviOptions o = DviOptions.defaults().withThreshold(1000).withMaxAssignments(1_000_000);
 * }</pre>
 *
 * @param threshold LR at or above which a pairing can be undisputed (must exceed 1; default 10^4)
 * @param strict undisputed requires every other LR in its row and column to be at most 1, instead
 *     of at most LR / threshold (default false)
 * @param maxIncompatible a pairing with more markers than this incompatible without mutation is an
 *     exclusion (default 2)
 * @param pruneExcluded drop excluded pairings from the joint analysis (default false, as dvir's
 *     {@code jointDVI}, which prunes only pairings with LR 0)
 * @param limit pairings with pairwise LR below this are left out of the joint analysis; 0 (the
 *     default) leaves out only LR = 0
 * @param maxAssignments the joint analysis is refused above this many candidate assignments
 *     (default 100 000)
 * @param ignoreSex pair victims and missing persons whatever their sexes (default false)
 * @param mutations which families keep mutation in the joint analysis
 * @param likelihood θ and dropout passed to every likelihood
 */
public record DviOptions(double threshold, boolean strict, int maxIncompatible, boolean pruneExcluded,
        double limit, long maxAssignments, boolean ignoreSex, MutationPolicy mutations,
        LikelihoodOptions likelihood) {

    public DviOptions {
        Objects.requireNonNull(mutations, "mutations");
        Objects.requireNonNull(likelihood, "likelihood");
        if (!(threshold > 1) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a number larger than 1: " + threshold);
        }
        if (maxIncompatible < 0) {
            throw new IllegalArgumentException("maxIncompatible must be at least 0: " + maxIncompatible);
        }
        if (!(limit >= 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("limit must be a finite number at least 0: " + limit);
        }
        if (maxAssignments < 1) {
            throw new IllegalArgumentException("maxAssignments must be at least 1: " + maxAssignments);
        }
    }

    /** dvir's defaults: threshold 10^4, not strict, 2 incompatible markers allowed, 10^5 assignments. */
    public static DviOptions defaults() {
        return new DviOptions(1e4, false, 2, false, 0, 100_000, false,
                MutationPolicy.DISABLE_IN_CONSISTENT_FAMILIES, LikelihoodOptions.defaults());
    }

    public DviOptions withThreshold(double t) {
        return new DviOptions(t, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, likelihood);
    }

    public DviOptions withStrict(boolean s) {
        return new DviOptions(threshold, s, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, likelihood);
    }

    public DviOptions withMaxIncompatible(int n) {
        return new DviOptions(threshold, strict, n, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, likelihood);
    }

    public DviOptions withPruneExcluded(boolean p) {
        return new DviOptions(threshold, strict, maxIncompatible, p, limit, maxAssignments, ignoreSex, mutations, likelihood);
    }

    public DviOptions withLimit(double l) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, l, maxAssignments, ignoreSex, mutations, likelihood);
    }

    public DviOptions withMaxAssignments(long n) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, n, ignoreSex, mutations, likelihood);
    }

    public DviOptions withIgnoreSex(boolean i) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, i, mutations, likelihood);
    }

    public DviOptions withMutations(MutationPolicy m) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, m, likelihood);
    }

    public DviOptions withLikelihood(LikelihoodOptions o) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, o);
    }
}
