package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Pair posteriors of a component too large to enumerate, by Gibbs sampling over partial matchings.
 *
 * <p>{@code GibbsMatchings.posteriors(component, 500, 5000, new SplittableRandom(1))}
 *
 * <p>A sweep first redraws each remains given all others (no pair, or a pair with a person no other
 * remains holds), then proposes, for every two remains that are both credible candidates of one
 * person, to exchange what they hold (Metropolis). The exchange lets a strongly supported person
 * pass directly from one remains to its rival; with single-site steps only, it would pass only
 * through the "no pair" state, which can be almost never visited. Rivals whose weight for the shared
 * person is below {@value #RIVAL_WEIGHT} are not paired: their share of that person is of that order
 * whether or not the chain exchanges them, and pairing every candidate would cost the square of a
 * person's candidates per sweep. Posteriors are Rao–Blackwellised: the average over sweeps of each
 * remains' conditional probabilities, not counts of visits.
 */
final class GibbsMatchings {

    /** Least weight (LR × prior pair odds) of both rivals for one person for their exchange to be proposed. */
    static final double RIVAL_WEIGHT = 1e-4;

    private final Component c;
    private final SplittableRandom rng;
    /** Per remains, the edge it holds, or −1. */
    private final int[] holds;
    /** Per missing person, the remains holding it, or −1. */
    private final int[] holder;
    private final int[][] pairs;

    private GibbsMatchings(Component c, SplittableRandom rng) {
        this.c = c;
        this.rng = rng;
        this.holds = new int[c.remains];
        this.holder = new int[c.missing];
        java.util.Arrays.fill(holds, -1);
        java.util.Arrays.fill(holder, -1);
        this.pairs = rivals(c);
    }

    static double[] posteriors(Component c, int burnIn, int sweeps, SplittableRandom rng) {
        if (burnIn < 0 || sweeps < 1) {
            throw new IllegalArgumentException("burn-in must be >= 0 and sweeps >= 1: " + burnIn + ", " + sweeps);
        }
        GibbsMatchings g = new GibbsMatchings(c, rng);
        double[] sums = new double[c.edges()];
        for (int s = 0; s < burnIn + sweeps; s++) {
            g.sweep(s >= burnIn ? sums : null);
        }
        for (int e = 0; e < sums.length; e++) {
            sums[e] /= sweeps;
        }
        return sums;
    }

    private void sweep(double[] sums) {
        for (int r = 0; r < c.remains; r++) {
            single(r, sums);
        }
        for (int[] p : pairs) {
            exchange(p[0], p[1]);
        }
    }

    /** Redraws remains r given the others; adds its conditional probabilities to {@code sums}. */
    private void single(int r, double[] sums) {
        release(r);
        int[] edges = c.byRemains[r];
        double[] ln = new double[edges.length + 1];
        ln[edges.length] = c.lnFree[r];
        for (int i = 0; i < edges.length; i++) {
            ln[i] = holder[c.edgeMissing[edges[i]]] < 0 ? c.lnWeight[edges[i]] : Double.NEGATIVE_INFINITY;
        }
        double[] p = normalised(ln);
        if (sums != null) {
            for (int i = 0; i < edges.length; i++) {
                sums[edges[i]] += p[i];
            }
        }
        int pick = draw(p);
        if (pick < edges.length) {
            take(r, edges[pick]);
        }
    }

    /**
     * Metropolis exchange of what remains a and b hold (a person or nothing): a symmetric proposal
     * (doing it twice restores the state), accepted with min(1, W'/W); refused when an edge is missing.
     */
    private void exchange(int a, int b) {
        int ea = holds[a];
        int eb = holds[b];
        if (ea < 0 && eb < 0) {
            return;
        }
        int na = eb < 0 ? -1 : edge(a, c.edgeMissing[eb]);
        int nb = ea < 0 ? -1 : edge(b, c.edgeMissing[ea]);
        if ((eb >= 0 && na < 0) || (ea >= 0 && nb < 0)) {
            return;
        }
        double lnRatio = weight(na, a) + weight(nb, b) - weight(ea, a) - weight(eb, b);
        if (lnRatio >= 0 || rng.nextDouble() < Math.exp(lnRatio)) {
            release(a);
            release(b);
            if (na >= 0) {
                take(a, na);
            }
            if (nb >= 0) {
                take(b, nb);
            }
        }
    }

    /** ln weight of remains r holding {@code edge}, or none of the component's persons when −1. */
    private double weight(int edge, int r) {
        return edge < 0 ? c.lnFree[r] : c.lnWeight[edge];
    }

    /** The edge of remains r to person m, or −1. */
    private int edge(int r, int m) {
        for (int e : c.byRemains[r]) {
            if (c.edgeMissing[e] == m) {
                return e;
            }
        }
        return -1;
    }

    private void release(int r) {
        if (holds[r] >= 0) {
            holder[c.edgeMissing[holds[r]]] = -1;
            holds[r] = -1;
        }
    }

    private void take(int r, int edge) {
        holds[r] = edge;
        holder[c.edgeMissing[edge]] = r;
    }

    private static double[] normalised(double[] ln) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : ln) {
            max = Math.max(max, x);
        }
        double[] p = new double[ln.length];
        double sum = 0;
        for (int i = 0; i < ln.length; i++) {
            p[i] = Math.exp(ln[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < ln.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private int draw(double[] p) {
        double u = rng.nextDouble();
        for (int i = 0; i < p.length - 1; i++) {
            u -= p[i];
            if (u < 0) {
                return i;
            }
        }
        return p.length - 1;
    }

    /** Every two remains that are both credible candidates of one person, each pair once. */
    private static int[][] rivals(Component c) {
        List<List<Integer>> byMissing = new ArrayList<>();
        for (int m = 0; m < c.missing; m++) {
            byMissing.add(new ArrayList<>());
        }
        double least = Math.log(RIVAL_WEIGHT);
        for (int e = 0; e < c.edges(); e++) {
            if (c.lnWeight[e] >= least) {
                byMissing.get(c.edgeMissing[e]).add(c.edgeRemains[e]);
            }
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (List<Integer> rs : byMissing) {
            for (int i = 0; i < rs.size(); i++) {
                for (int j = i + 1; j < rs.size(); j++) {
                    int a = Math.min(rs.get(i), rs.get(j));
                    int b = Math.max(rs.get(i), rs.get(j));
                    if (a != b) {
                        seen.add((long) a * c.remains + b);
                    }
                }
            }
        }
        int[][] out = new int[seen.size()][];
        int k = 0;
        for (long key : seen) {
            out[k++] = new int[] {(int) (key / c.remains), (int) (key % c.remains)};
        }
        return out;
    }
}
