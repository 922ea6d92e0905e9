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
 * remains holds), then redraws jointly every two remains that share a candidate person. The joint
 * step lets two remains exchange a strongly supported person directly; with single-site steps only,
 * a person held by one remains passes to its rival only through the "no pair" state, which can be
 * almost never visited. Posteriors are Rao–Blackwellised: the average over sweeps of each remains'
 * conditional probabilities, not counts of visits.
 */
final class GibbsMatchings {

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
            joint(p[0], p[1]);
        }
    }

    /** Redraws remains r given the others; adds its conditional probabilities to {@code sums}. */
    private void single(int r, double[] sums) {
        release(r);
        int[] edges = c.byRemains[r];
        double[] ln = new double[edges.length + 1];
        ln[edges.length] = 0;
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

    /** Redraws remains a and b together given the others. */
    private void joint(int a, int b) {
        release(a);
        release(b);
        int[] ea = c.byRemains[a];
        int[] eb = c.byRemains[b];
        int n = (ea.length + 1) * (eb.length + 1);
        double[] ln = new double[n];
        for (int i = 0; i <= ea.length; i++) {
            for (int j = 0; j <= eb.length; j++) {
                ln[i * (eb.length + 1) + j] = lnJoint(i < ea.length ? ea[i] : -1, j < eb.length ? eb[j] : -1);
            }
        }
        int pick = draw(normalised(ln));
        int i = pick / (eb.length + 1);
        int j = pick % (eb.length + 1);
        if (i < ea.length) {
            take(a, ea[i]);
        }
        if (j < eb.length) {
            take(b, eb[j]);
        }
    }

    private double lnJoint(int edgeA, int edgeB) {
        double ln = 0;
        if (edgeA >= 0) {
            if (holder[c.edgeMissing[edgeA]] >= 0) {
                return Double.NEGATIVE_INFINITY;
            }
            ln += c.lnWeight[edgeA];
        }
        if (edgeB >= 0) {
            if (holder[c.edgeMissing[edgeB]] >= 0 || (edgeA >= 0 && c.edgeMissing[edgeA] == c.edgeMissing[edgeB])) {
                return Double.NEGATIVE_INFINITY;
            }
            ln += c.lnWeight[edgeB];
        }
        return ln;
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

    /** Every two remains with a candidate person in common, each pair once. */
    private static int[][] rivals(Component c) {
        List<List<Integer>> byMissing = new ArrayList<>();
        for (int m = 0; m < c.missing; m++) {
            byMissing.add(new ArrayList<>());
        }
        for (int e = 0; e < c.edges(); e++) {
            byMissing.get(c.edgeMissing[e]).add(c.edgeRemains[e]);
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
