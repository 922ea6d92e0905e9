package org.homecoming.kinship.evidence;

import java.util.Optional;

/**
 * Pair posteriors of one component by enumerating every partial matching (each remains given to at
 * most one missing person and each person to at most one remains), in logs.
 *
 * <p>{@code ExactMatchings.posteriors(component, 100_000)} is empty when the component has more
 * matchings than the limit.
 */
final class ExactMatchings {

    private final Component c;
    private final long limit;
    private final boolean[] used;
    private final int[] chosen;
    private final LogSum total = new LogSum();
    private final LogSum[] perEdge;
    private long count;

    private ExactMatchings(Component c, long limit) {
        this.c = c;
        this.limit = limit;
        this.used = new boolean[c.missing];
        this.chosen = new int[c.remains];
        this.perEdge = new LogSum[c.edges()];
        for (int e = 0; e < perEdge.length; e++) {
            perEdge[e] = new LogSum();
        }
    }

    /** Posterior per edge, or empty when there are more than {@code limit} matchings. */
    static Optional<double[]> posteriors(Component c, long limit) {
        ExactMatchings x = new ExactMatchings(c, limit);
        if (!x.visit(0, 0, 0)) {
            return Optional.empty();
        }
        double[] out = new double[c.edges()];
        for (int e = 0; e < out.length; e++) {
            out[e] = x.perEdge[e].isEmpty() ? 0 : Math.exp(x.perEdge[e].ln() - x.total.ln());
        }
        return Optional.of(out);
    }

    /** Extends the matching of remains 0..r−1 ({@code depth} pairs, ln weight {@code ln}); false when over the limit. */
    private boolean visit(int r, int depth, double ln) {
        if (r == c.remains) {
            if (++count > limit) {
                return false;
            }
            total.add(ln);
            for (int i = 0; i < depth; i++) {
                perEdge[chosen[i]].add(ln);
            }
            return true;
        }
        if (!visit(r + 1, depth, ln + c.lnFree[r])) {
            return false;
        }
        for (int e : c.byRemains[r]) {
            int m = c.edgeMissing[e];
            if (!used[m] && c.lnWeight[e] > Double.NEGATIVE_INFINITY) {
                used[m] = true;
                chosen[depth] = e;
                boolean ok = visit(r + 1, depth + 1, ln + c.lnWeight[e]);
                used[m] = false;
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A running ln Σ exp(x) that neither overflows nor underflows. */
    private static final class LogSum {
        private double max = Double.NEGATIVE_INFINITY;
        private double sum;

        void add(double x) {
            if (x > max) {
                sum = sum * Math.exp(max - x) + 1;
                max = x;
            } else {
                sum += Math.exp(x - max);
            }
        }

        boolean isEmpty() {
            return max == Double.NEGATIVE_INFINITY;
        }

        double ln() {
            return max + Math.log(sum);
        }
    }
}
