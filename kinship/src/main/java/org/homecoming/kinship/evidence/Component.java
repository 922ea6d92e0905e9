package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * One connected component of the graph of candidate pairs, numbered locally: remains 0..R−1,
 * missing persons 0..M−1, and per edge its ends and ln weight (ln LR + ln prior pair odds).
 *
 * <p>{@code new Component(2, 2, new int[] {0, 1}, new int[] {1, 0}, new double[] {0.5, 0.7})}
 */
final class Component {

    final int remains;
    final int missing;
    final int[] edgeRemains;
    final int[] edgeMissing;
    final double[] lnWeight;
    /** Per remains, the indices of its edges. */
    final int[][] byRemains;

    Component(int remains, int missing, int[] edgeRemains, int[] edgeMissing, double[] lnWeight) {
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
