package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums of a circular Gaussian kernel over planar points, each point leaving itself out, looking only
 * at grid cells within four bandwidths so that the cost grows with the points near each point, not
 * with all of them.
 *
 * <p>{@code KernelGrid.leaveOneOutSums(x, y, 20_000)[i]} is Σ_{j≠i} φ_h(p_i − p_j), per square metre.
 */
final class KernelGrid {

    private KernelGrid() {
    }

    static double[] leaveOneOutSums(double[] x, double[] y, double h) {
        double cell = 4 * h;
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            grid.computeIfAbsent(key((long) Math.floor(x[i] / cell), (long) Math.floor(y[i] / cell)),
                    k -> new ArrayList<>()).add(i);
        }
        double norm = 1 / (2 * Math.PI * h * h);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            long cx = (long) Math.floor(x[i] / cell);
            long cy = (long) Math.floor(y[i] / cell);
            double s = 0;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (int j : grid.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        if (j != i) {
                            double ex = x[i] - x[j];
                            double ey = y[i] - y[j];
                            s += Math.exp(-(ex * ex + ey * ey) / (2 * h * h));
                        }
                    }
                }
            }
            out[i] = s * norm;
        }
        return out;
    }

    private static long key(long cx, long cy) {
        return cx * 4_000_003L + cy;
    }
}
