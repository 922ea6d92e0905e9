package org.homecoming.kinship.likelihood;

import java.util.Arrays;

/**
 * The factor an untyped founder sends to the variables that hold the alleles its children received
 * from it, with the founder summed out analytically (θ = 0) instead of being a genotype variable of
 * n(n+1)/2 values.
 *
 * <p>The founder is two independent alleles a, b drawn from p; edge j's child receives a or b with
 * ½ each through the transmission matrix T_j. Expanding the product over the subset S of edges that
 * received a:
 * <pre>
 *   Σ_{a,b} p_a p_b Π_j ½[T_j(a, x_j) + T_j(b, x_j)] = 2^-k Σ_S g(S, x_S) g(S^c, x_{S^c}),
 *   g(S, x_S) = Σ_a p_a Π_{j ∈ S} T_j(a, x_j).
 * </pre>
 * A hemizygous founder (X-linked male) is one allele: Σ_a p_a Π_j T_j(a, x_j). Every term is a
 * non-negative product, so the factor equals the genotype-variable elimination to rounding.
 */
final class FounderMessage {

    /** Most g entries (n · Π (d_j + 1)) and factor entries · 2^k before the genotype variable is kept instead. */
    static final long MAX_WORK = 2_000_000L;

    /** Joint values of an edge among which equal weight columns are shared. */
    private static final int DEDUPLICATED = 64;

    private FounderMessage() {
    }

    /**
     * The factor over the union of the edges' variables (in order of first appearance, first varies
     * slowest), or null when it would cost more than {@link #MAX_WORK}.
     *
     * @param edgeVars the variables edge j's weight depends on (first varies slowest); their joint
     *     value w indexes {@code weight[j]}
     * @param weight edge j's weight for founder allele a at joint value w, at [w · n + a]: the
     *     transmission probability to the allele the child variable holds, or that already
     *     multiplied by the only other factor of the child variable and summed over it
     */
    static Factor of(AlleleSpace space, boolean hemizygous, int[][] edgeVars, int[] domain, double[][] weight) {
        int n = space.n;
        double[] p = space.p;
        int k = edgeVars.length;
        int[] vars = union(edgeVars);
        if (k == 0) {
            double s = 0;
            for (double x : p) {
                s += x;
            }
            return new Factor(new int[0], new double[] {hemizygous ? s : s * s});
        }
        if (k == 1) {
            return oneEdge(p, hemizygous, edgeVars[0], domain, weight[0]);
        }
        // Stride of each union variable in each edge's joint value.
        int[][] stride = new int[k][vars.length];
        int[] values = new int[k];
        for (int j = 0; j < k; j++) {
            int w = 1;
            for (int i = edgeVars[j].length - 1; i >= 0; i--) {
                int u = 0;
                while (vars[u] != edgeVars[j][i]) {
                    u++;
                }
                stride[j][u] = w;
                w *= domain[edgeVars[j][i]];
            }
            values[j] = w;
        }
        // Mixed-radix codes: digit j is 0 (edge not in S) or 1 + w (in S, joint value w).
        int[] radix = new int[k];
        long gSize = 1;
        for (int j = k - 1; j >= 0; j--) {
            radix[j] = (int) gSize;
            gSize *= values[j] + 1;
            if (k > 16 || gSize * n > MAX_WORK) {
                return null;
            }
        }
        long size = 1;
        for (int v : vars) {
            size *= domain[v];
            if ((size << k) > MAX_WORK) {
                return null;
            }
        }
        // Edges whose weight is the same at several joint values (the constant half of a split
        // meiosis, for instance) get each distinct column once; the others read its g.
        int[][] canon = new int[k][];
        for (int j = 0; j < k; j++) {
            canon[j] = canonicalColumns(weight[j], values[j], n);
        }
        double[] g = new double[(int) gSize];
        fill(n, 0, 0, p, 0, values, weight, radix, canon, new double[k * n], g);
        double[] table = new double[(int) size];
        int[] value = new int[vars.length];
        int[] digit = new int[k];
        int rest = k > 1 ? 1 << (k - 1) : 1;
        int[] restCode = new int[rest];
        double scale = Math.scalb(1.0, 1 - k);
        for (int o = 0; o < table.length; o++) {
            int total = 0;
            for (int j = 0; j < k; j++) {
                int w = 0;
                for (int u = 0; u < vars.length; u++) {
                    w += value[u] * stride[j][u];
                }
                digit[j] = (1 + canon[j][w]) * radix[j];
                total += digit[j];
            }
            if (hemizygous) {
                table[o] = g[total];
            } else {
                // Each pair {S, S^c} once (S holds edge 0), doubled by the scale.
                double s = g[digit[0]] * g[total - digit[0]];
                for (int r = 1; r < rest; r++) {
                    restCode[r] = restCode[r & (r - 1)] + digit[1 + Integer.numberOfTrailingZeros(r)];
                    int code = digit[0] + restCode[r];
                    s += g[code] * g[total - code];
                }
                table[o] = s * scale;
            }
            for (int u = vars.length - 1; u >= 0; u--) {
                if (++value[u] < domain[vars[u]]) {
                    break;
                }
                value[u] = 0;
            }
        }
        return new Factor(vars, table);
    }

    /**
     * g[code] for every code whose digits before j are fixed: the running product p ∘ T_0(·, x_0) ∘ …
     * is at {@code v[vOff..vOff + n)}; depth j writes only the (j + 1)-th block of n in {@code work}.
     */
    private static void fill(int n, int j, int code, double[] v, int vOff, int[] values, double[][] weight,
                             int[] radix, int[][] canon, double[] work, double[] g) {
        int k = values.length;
        double[] t = weight[j];
        if (j == k - 1) {
            // The last edge: each g is a dot product, the running product never written out.
            g[code] = sum(v, vOff, n);
            for (int w = 0; w < values[j]; w++) {
                if (canon[j][w] == w) {
                    g[code + (1 + w) * radix[j]] = dot(v, vOff, t, w * n, n);
                }
            }
            return;
        }
        fill(n, j + 1, code, v, vOff, values, weight, radix, canon, work, g);
        int nextOff = j * n;
        for (int w = 0; w < values[j]; w++) {
            if (canon[j][w] != w) {
                continue;
            }
            int off = w * n;
            for (int a = 0; a < n; a++) {
                work[nextOff + a] = v[vOff + a] * t[off + a];
            }
            fill(n, j + 1, code + (1 + w) * radix[j], work, nextOff, values, weight, radix, canon, work, g);
        }
    }

    /**
     * A founder with one edge: Σ_a p_a w(a, x) per joint value x, times Σ_b p_b for the allele not
     * passed on (the general case's two subsets, {edge} and none, computed the same way); null
     * when too large.
     */
    private static Factor oneEdge(double[] p, boolean hemizygous, int[] vars, int[] domain, double[] weight) {
        int n = p.length;
        long size = 1;
        for (int v : vars) {
            size *= domain[v];
            if ((size + 1) * n > MAX_WORK) {
                return null;
            }
        }
        double other = hemizygous ? 1 : sum(p, 0, n);
        double[] table = new double[(int) size];
        for (int x = 0; x < table.length; x++) {
            table[x] = hemizygous ? dot(p, 0, weight, x * n, n) : dot(p, 0, weight, x * n, n) * other;
        }
        return new Factor(vars.clone(), table);
    }

    /**
     * For each joint value w of an edge, the first w' ≤ w whose weight column equals w's (only
     * looked for among the first {@link #DEDUPLICATED} values: the search is quadratic).
     */
    private static int[] canonicalColumns(double[] weight, int values, int n) {
        int[] canon = new int[values];
        for (int w = 0; w < values; w++) {
            canon[w] = w;
            for (int u = 0; u < w && w < DEDUPLICATED; u++) {
                if (canon[u] == u && Arrays.equals(weight, u * n, u * n + n, weight, w * n, w * n + n)) {
                    canon[w] = u;
                    break;
                }
            }
        }
        return canon;
    }

    /**
     * Σ_a x[xOff + a] over n entries, in four interleaved partial sums: a single running sum waits
     * for each addition to finish, and these sums are most of a message's time. The order differs
     * from a plain loop's only by rounding (all terms are non-negative).
     */
    static double sum(double[] x, int xOff, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int a = 0;
        for (; a + 3 < n; a += 4) {
            s0 += x[xOff + a];
            s1 += x[xOff + a + 1];
            s2 += x[xOff + a + 2];
            s3 += x[xOff + a + 3];
        }
        for (; a < n; a++) {
            s0 += x[xOff + a];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ_a x[xOff + a] y[yOff + a] over n entries, in four interleaved partial sums (see {@link #sum}). */
    static double dot(double[] x, int xOff, double[] y, int yOff, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int a = 0;
        for (; a + 3 < n; a += 4) {
            s0 += x[xOff + a] * y[yOff + a];
            s1 += x[xOff + a + 1] * y[yOff + a + 1];
            s2 += x[xOff + a + 2] * y[yOff + a + 2];
            s3 += x[xOff + a + 3] * y[yOff + a + 3];
        }
        for (; a < n; a++) {
            s0 += x[xOff + a] * y[yOff + a];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The distinct variables of all edges, in order of first appearance. */
    private static int[] union(int[][] edgeVars) {
        int total = 0;
        for (int[] e : edgeVars) {
            total += e.length;
        }
        int[] out = new int[total];
        int count = 0;
        for (int[] e : edgeVars) {
            for (int v : e) {
                boolean seen = false;
                for (int i = 0; i < count && !seen; i++) {
                    seen = out[i] == v;
                }
                if (!seen) {
                    out[count++] = v;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }
}
