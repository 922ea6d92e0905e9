package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The K best (score, other index) pairs for each of a set of subjects (remains or families): a
 * bounded min-heap per subject in flat arrays, so a block of work holds no objects per pair.
 *
 * <p>Order: higher score first; equal scores go to the lower index, so that the kept set does not
 * depend on the order the pairs were offered in (needed for blocks merged in any order).
 */
final class TopK implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int k;
    private final double[] scores;
    private final int[] others;
    private final int[] sizes;
    /** Per subject: a score below this cannot enter (the lowest kept once the heap is full). */
    private final double[] floors;
    /** Per entry, when the heap keeps the pair's figures: its log10 LR, and loci compared and excluded ({@link #figures}). */
    private final double[] log10;
    private final int[] counts;

    TopK(int subjects, int k) {
        this(subjects, k, false);
    }

    /** With {@code figures}, each entry keeps its pair's log10 LR and counts, moved with it. */
    TopK(int subjects, int k, boolean figures) {
        this.k = k;
        this.scores = new double[subjects * k];
        this.others = new int[subjects * k];
        this.sizes = new int[subjects];
        this.floors = new double[subjects];
        Arrays.fill(floors, k == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        this.log10 = figures ? new double[subjects * k] : null;
        this.counts = figures ? new int[subjects * k] : null;
    }

    /** Loci compared and loci excluded in one int, as the figures-keeping heaps store them. */
    static int counts(int loci, int excluded) {
        return loci << 16 | excluded;
    }

    /**
     * A score strictly below this is not accepted by {@code subject}'s heap, whatever its index: one
     * comparison that turns away almost every pair of a large search before the heap is looked at.
     */
    double floor(int subject) {
        return floors[subject];
    }

    int subjects() {
        return sizes.length;
    }

    /** True when {@code (score, other)} would enter the heap of {@code subject}. */
    boolean accepts(int subject, double score, int other) {
        return k > 0 && (sizes[subject] < k || better(score, other, scores[subject * k], others[subject * k]));
    }

    void offer(int subject, double score, int other) {
        offer(subject, score, other, 0, 0);
    }

    /** {@link #offer(int, double, int)} with the pair's figures, kept when this heap keeps figures. */
    void offer(int subject, double score, int other, double log10Lr, int lociAndExcluded) {
        if (!accepts(subject, score, other)) {
            return;
        }
        int base = subject * k;
        int size = sizes[subject];
        int at = size < k ? base + size : base;
        scores[at] = score;
        others[at] = other;
        if (log10 != null) {
            log10[at] = log10Lr;
            counts[at] = lociAndExcluded;
        }
        if (size < k) {
            sizes[subject] = size + 1;
            siftUp(base, size);
        } else {
            siftDown(base, k);
        }
        if (sizes[subject] == k) {
            floors[subject] = scores[base];
        }
    }

    /** Offers every entry of {@code other}'s subject {@code from} to this heap's subject {@code to}. */
    void mergeFrom(TopK other, int from, int to) {
        int base = from * other.k;
        for (int i = 0; i < other.sizes[from]; i++) {
            int at = base + i;
            offer(to, other.scores[at], other.others[at], other.log10 == null ? 0 : other.log10[at],
                    other.counts == null ? 0 : other.counts[at]);
        }
    }

    /** The kept other indices of {@code subject}, best first. */
    int[] best(int subject) {
        int[] slots = bestSlots(subject);
        int[] out = new int[slots.length];
        for (int i = 0; i < slots.length; i++) {
            out[i] = others[slots[i]];
        }
        return out;
    }

    /** Where {@code subject}'s entries are, best first: for {@link #other} and {@link #figures}. */
    int[] bestSlots(int subject) {
        int size = sizes[subject];
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = subject * k + i;
        }
        Arrays.sort(order, (x, y) -> better(scores[x], others[x], scores[y], others[y]) ? -1 : 1);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = order[i];
        }
        return out;
    }

    int other(int slot) {
        return others[slot];
    }

    /** The figures of the pair at {@code slot}: LR (its score), log10 LR, loci compared and excluded. */
    FamilyBlock.PairDetail figures(int slot) {
        if (log10 == null) {
            throw new IllegalStateException("this heap keeps no figures");
        }
        return new FamilyBlock.PairDetail(scores[slot], log10[slot], counts[slot] >>> 16, counts[slot] & 0xFFFF);
    }

    static boolean better(double s1, int o1, double s2, int o2) {
        return s1 > s2 || (s1 == s2 && o1 < o2);
    }

    private void siftUp(int base, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(scores[base + parent], others[base + parent], scores[base + i], others[base + i])) {
                return;
            }
            swap(base + parent, base + i);
            i = parent;
        }
    }

    private void siftDown(int base, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int worst = l;
            int r = l + 1;
            if (r < size && better(scores[base + worst], others[base + worst], scores[base + r], others[base + r])) {
                worst = r;
            }
            if (!better(scores[base + i], others[base + i], scores[base + worst], others[base + worst])) {
                return;
            }
            swap(base + i, base + worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        double s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int o = others[a];
        others[a] = others[b];
        others[b] = o;
        if (log10 != null) {
            double l = log10[a];
            log10[a] = log10[b];
            log10[b] = l;
            int c = counts[a];
            counts[a] = counts[b];
            counts[b] = c;
        }
    }
}
