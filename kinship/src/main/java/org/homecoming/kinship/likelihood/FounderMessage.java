package org.homecoming.kinship.likelihood;

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

    private FounderMessage() {
    }

    /**
     * The factor over {@code vars} (first varies slowest), or null when it would cost more than
     * {@link #MAX_WORK}.
     *
     * @param allele allele received over edge j at each value of variable vars[j]
     * @param columns transposed transmission matrix of edge j, T(a, x) at [x · n + a]
     */
    static Factor of(AlleleSpace space, boolean hemizygous, int[] vars, int[] domain, int[][] allele,
                     double[][] columns) {
        int n = space.n;
        double[] p = space.p;
        int k = vars.length;
        if (k == 0) {
            double s = 0;
            for (double x : p) {
                s += x;
            }
            return new Factor(new int[0], new double[] {hemizygous ? s : s * s});
        }
        // Mixed-radix codes: digit j is 0 (edge not in S) or 1 + e (in S, value e of vars[j]).
        int[] radix = new int[k];
        long gSize = 1;
        long size = 1;
        for (int j = k - 1; j >= 0; j--) {
            radix[j] = (int) Math.min(gSize, Integer.MAX_VALUE);
            gSize *= domain[vars[j]] + 1;
            size *= domain[vars[j]];
            if (k > 16 || gSize * n > MAX_WORK || (size << k) > MAX_WORK) {
                return null;
            }
        }
        double[] g = new double[(int) gSize];
        fill(n, p, 0, 0, p, 0, vars, domain, allele, columns, radix, new double[k * n], g);
        double[] table = new double[(int) size];
        int[] value = new int[k];
        int[] digit = new int[k];
        int rest = k > 1 ? 1 << (k - 1) : 1;
        int[] restCode = new int[rest];
        double scale = Math.scalb(1.0, 1 - k);
        for (int o = 0; o < table.length; o++) {
            int total = 0;
            for (int j = 0; j < k; j++) {
                digit[j] = (1 + value[j]) * radix[j];
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
            for (int j = k - 1; j >= 0; j--) {
                if (++value[j] < domain[vars[j]]) {
                    break;
                }
                value[j] = 0;
            }
        }
        return new Factor(vars, table);
    }

    /**
     * g[code] for every code whose digits before j are fixed: the running product p ∘ T_0(·, x_0) ∘ …
     * is at {@code v[vOff..vOff + n)}; depth j writes only the (j + 1)-th block of n in {@code work}.
     */
    private static void fill(int n, double[] p, int j, int code, double[] v, int vOff, int[] vars, int[] domain,
                             int[][] allele, double[][] columns, int[] radix, double[] work, double[] g) {
        int k = vars.length;
        if (j == k) {
            double s = 0;
            for (int a = 0; a < n; a++) {
                s += v[vOff + a];
            }
            g[code] = s;
            return;
        }
        fill(n, p, j + 1, code, v, vOff, vars, domain, allele, columns, radix, work, g);
        double[] t = columns[j];
        int nextOff = j * n;
        for (int e = 0; e < domain[vars[j]]; e++) {
            int off = allele[j][e] * n;
            for (int a = 0; a < n; a++) {
                work[nextOff + a] = v[vOff + a] * t[off + a];
            }
            fill(n, p, j + 1, code + (1 + e) * radix[j], work, nextOff, vars, domain, allele, columns, radix, work, g);
        }
    }
}
