package org.homecoming.kinship.dvi;

import java.util.Objects;
import org.homecoming.kinship.likelihood.LikelihoodOptions;

/**
 * Settings of a DVI analysis. The defaults are those of the R package dvir except where dvir's joint
 * analysis can contradict its own undisputed list or its LR column: every family keeps its mutation
 * models ({@link MutationPolicy#KEEP}) and undisputed matches are fixed only when the full
 * enumeration would exceed {@code maxAssignments} ({@link UndisputedFixing#WHEN_NEEDED});
 * {@link #dvir()} gives dvir's {@code jointDVI} defaults.
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
 * @param mutations which families keep mutation in the joint analysis (default: all of them)
 * @param fixing whether undisputed matches are fixed before the joint enumeration (default: only
 *     when the full enumeration would exceed {@code maxAssignments})
 * @param likelihood θ and dropout passed to every likelihood
 */
public record DviOptions(double threshold, boolean strict, int maxIncompatible, boolean pruneExcluded,
        double limit, long maxAssignments, boolean ignoreSex, MutationPolicy mutations,
        UndisputedFixing fixing, LikelihoodOptions likelihood) {

    public DviOptions {
        Objects.requireNonNull(mutations, "mutations");
        Objects.requireNonNull(fixing, "fixing");
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

    /**
     * Threshold 10^4, not strict, 2 incompatible markers allowed, 10^5 assignments (as dvir); every
     * family keeps its mutation models; undisputed matches fixed only when needed.
     */
    public static DviOptions defaults() {
        return new DviOptions(1e4, false, 2, false, 0, 100_000, false,
                MutationPolicy.KEEP, UndisputedFixing.WHEN_NEEDED, LikelihoodOptions.defaults());
    }

    /**
     * dvir's {@code jointDVI} defaults: families consistent without mutation lose it and undisputed
     * matches are always fixed first (the log-likelihoods and posteriors are then those of the
     * problem left after fixing, as dvir prints them; the LRs stay against nobody identified).
     */
    public static DviOptions dvir() {
        return defaults().withMutations(MutationPolicy.DISABLE_IN_CONSISTENT_FAMILIES)
                .withFixing(UndisputedFixing.ALWAYS);
    }

    public DviOptions withThreshold(double t) {
        return new DviOptions(t, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, fixing, likelihood);
    }

    public DviOptions withStrict(boolean s) {
        return new DviOptions(threshold, s, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, fixing, likelihood);
    }

    public DviOptions withMaxIncompatible(int n) {
        return new DviOptions(threshold, strict, n, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, fixing, likelihood);
    }

    public DviOptions withPruneExcluded(boolean p) {
        return new DviOptions(threshold, strict, maxIncompatible, p, limit, maxAssignments, ignoreSex, mutations, fixing, likelihood);
    }

    public DviOptions withLimit(double l) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, l, maxAssignments, ignoreSex, mutations, fixing, likelihood);
    }

    public DviOptions withMaxAssignments(long n) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, n, ignoreSex, mutations, fixing, likelihood);
    }

    public DviOptions withIgnoreSex(boolean i) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, i, mutations, fixing, likelihood);
    }

    public DviOptions withMutations(MutationPolicy m) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, m, fixing, likelihood);
    }

    public DviOptions withFixing(UndisputedFixing f) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, f, likelihood);
    }

    public DviOptions withLikelihood(LikelihoodOptions o) {
        return new DviOptions(threshold, strict, maxIncompatible, pruneExcluded, limit, maxAssignments, ignoreSex, mutations, fixing, o);
    }
}
