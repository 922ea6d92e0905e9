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

    TopK(int subjects, int k) {
        this.k = k;
        this.scores = new double[subjects * k];
        this.others = new int[subjects * k];
        this.sizes = new int[subjects];
        this.floors = new double[subjects];
        Arrays.fill(floors, k == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
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
        if (!accepts(subject, score, other)) {
            return;
        }
        int base = subject * k;
        int size = sizes[subject];
        if (size < k) {
            scores[base + size] = score;
            others[base + size] = other;
            sizes[subject] = size + 1;
            siftUp(base, size);
        } else {
            scores[base] = score;
            others[base] = other;
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
            offer(to, other.scores[base + i], other.others[base + i]);
        }
    }

    /** The kept other indices of {@code subject}, best first. */
    int[] best(int subject) {
        int size = sizes[subject];
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = subject * k + i;
        }
        Arrays.sort(order, (x, y) -> better(scores[x], others[x], scores[y], others[y]) ? -1 : 1);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = others[order[i]];
        }
        return out;
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
    }
}
