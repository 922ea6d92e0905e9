package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * One connected component of the graph of candidate pairs, numbered locally: remains 0..R−1,
 * missing persons 0..M−1, per edge its ends and ln weight (ln LR + ln prior pair odds), and per
 * remains the ln weight of holding none of the component's persons (1 when it can only be no one
 * registered; more when it may be someone of the registry outside the graph).
 *
 * <p>{@code new Component(2, 2, new int[] {0, 1}, new int[] {1, 0}, new double[] {0.5, 0.7}, new double[2])}
 */
final class Component {

    final int remains;
    final int missing;
    final int[] edgeRemains;
    final int[] edgeMissing;
    final double[] lnWeight;
    /** Per remains, ln weight of holding none of the component's persons. */
    final double[] lnFree;
    /** Per remains, the indices of its edges. */
    final int[][] byRemains;

    Component(int remains, int missing, int[] edgeRemains, int[] edgeMissing, double[] lnWeight) {
        this(remains, missing, edgeRemains, edgeMissing, lnWeight, new double[remains]);
    }

    Component(int remains, int missing, int[] edgeRemains, int[] edgeMissing, double[] lnWeight, double[] lnFree) {
        if (lnFree.length != remains) {
            throw new IllegalArgumentException("one free weight per remains: " + lnFree.length + " for " + remains);
        }
        this.lnFree = lnFree.clone();
        this.remains = remains;
        this.missing = missing;
        this.edgeRemains = edgeRemains.clone();
        this.edgeMissing = edgeMissing.clone();
        this.lnWeight = lnWeight.clone();
        List<List<Integer>> lists = new ArrayList<>();
        for (int r = 0; r < remains; r++) {
            lists.add(new ArrayList<>());
        }
        for (int e = 0; e < edgeRemains.length; e++) {
            lists.get(edgeRemains[e]).add(e);
        }
        byRemains = new int[remains][];
        for (int r = 0; r < remains; r++) {
            byRemains[r] = lists.get(r).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int edges() {
        return edgeRemains.length;
    }
}
