package org.homecoming.kinship.likelihood;

import java.util.Arrays;

/**
 * The exact likelihood of one marker (θ = 0) when everyone who matters is a founder or a typed child
 * of two founders: sibships, parent–child pairs, half-siblings, several couples — the commonest
 * reference families — computed without the genotype tables of the general elimination.
 *
 * <p>Why it is fast: an untyped founder is two independent alleles a, b drawn from p (Hardy–Weinberg).
 * Expanding the product of its k transmissions over the subset S of children that received a
 * separates the two alleles:
 * <pre>
 *   Σ_{a,b} p_a p_b Π_j ½[T_j(a, x_j) + T_j(b, x_j)] = 2^-k Σ_S g(S) g(S^c),
 *   g(S) = Σ_a p_a Π_{j ∈ S} T_j(a, x_j),
 * </pre>
 * so the founder costs n·3^k (every subset, with either allele a heterozygous child may have got)
 * instead of n²·2^k for its n(n+1)/2 genotypes. Typed founders enumerate their few genotypes. The
 * children's ordered genotypes (one or two each without dropout) are summed explicitly. When both
 * sexes mutate alike, a couple's two tables are one read with each child's alleles swapped. Every
 * term is a sum of non-negative products, so the result agrees with the general elimination to
 * rounding (checked at 1e-12 relative by {@code OneGenerationSumProperties}).
 *
 * <p>{@link #of} returns null when the case is outside this shape (a grandchild, an untyped or
 * homozygous-with-dropout child, too many children); the caller then uses the general path.
 */
final class OneGenerationSum {

    /** Most transmissions from one untyped founder (3^k subset-and-allele products). */
    static final int MAX_EDGES_PER_FOUNDER = 8;
    /** Most joint ordered genotypes of the children (2^children). */
    static final int MAX_CHILD_COMBINATIONS = 4096;

    private final int n;
    private final double[] p;
    private final double[] colFemale;
    private final double[] colMale;
    /** Children: number of ordered values (1 or 2), paternal and maternal allele of value v at [2c + v]. */
    private final int children;
    private final int[] childValues;
    private final int[] childPat;
    private final int[] childMat;
    /** Product of the children's evidence weights (dropout), the same for each of their values. */
    private final double childWeight;
    private final int combinations;
    /** Founders: hemizygous; genotype list of a typed founder (null when untyped). */
    private final int founders;
    private final boolean[] founderHemi;
    private final int[][] founderPat;
    private final int[][] founderMat;
    private final double[][] founderWeight;
    /** Transmissions of founder f: edges edgeStart[f] until edgeStart[f + 1], to a child, from a father or not. */
    private final int[] edgeStart;
    private final int[] edgeChild;
    private final boolean[] edgeFromFather;

    private OneGenerationSum(AlleleSpace space, int children, int[] childValues, int[] childPat, int[] childMat,
                             double childWeight, int combinations, int founders, boolean[] founderHemi,
                             int[][] founderPat, int[][] founderMat, double[][] founderWeight, int[] edgeStart,
                             int[] edgeChild, boolean[] edgeFromFather) {
        this.n = space.n;
        this.p = space.p;
        this.colFemale = space.femaleColumns();
        this.colMale = space.maleColumns();
        this.children = children;
        this.childValues = childValues;
        this.childPat = childPat;
        this.childMat = childMat;
        this.childWeight = childWeight;
        this.combinations = combinations;
        this.founders = founders;
        this.founderHemi = founderHemi;
        this.founderPat = founderPat;
        this.founderMat = founderMat;
        this.founderWeight = founderWeight;
        this.edgeStart = edgeStart;
        this.edgeChild = edgeChild;
        this.edgeFromFather = edgeFromFather;
    }

    /**
     * The computation for these kept persons, or null when they are not founders and typed children
     * of founders.
     *
     * @param father local index of each person's father, -1 for founders
     * @param mother local index of each person's mother, -1 for founders
     * @param call each person's call in full-locus allele indices, null when untyped
     */
    static OneGenerationSum of(AlleleSpace space, int[] father, int[] mother, int[][] call, double[] dropout,
                               boolean[] hemi) {
        int m = father.length;
        int[] role = new int[m];
        int nFounders = 0;
        int nChildren = 0;
        for (int k = 0; k < m; k++) {
            if (father[k] < 0) {
                role[k] = nFounders++;
                continue;
            }
            if (father[father[k]] >= 0 || father[mother[k]] >= 0 || call[k] == null) {
                return null;
            }
            if (!hemi[k] && space.of(call[k][0]) == space.of(call[k][1]) && dropout[k] > 0) {
                return null;
            }
            role[k] = nChildren++;
        }
        int[] childValues = new int[nChildren];
        int[] childPat = new int[2 * nChildren];
        int[] childMat = new int[2 * nChildren];
        int[] edgeStart = new int[nFounders + 1];
        int combinations = 1;
        double childWeight = 1;
        for (int k = 0; k < m; k++) {
            if (father[k] < 0) {
                continue;
            }
            int c = role[k];
            int x = space.of(call[k][0]);
            int y = space.of(call[k][1]);
            double d = dropout[k];
            childPat[2 * c] = hemi[k] ? -1 : x;
            childMat[2 * c] = hemi[k] ? x : y;
            childValues[c] = 1;
            if (hemi[k]) {
                childWeight *= 1 - d;
            } else if (x != y) {
                childPat[2 * c + 1] = y;
                childMat[2 * c + 1] = x;
                childValues[c] = 2;
                childWeight *= (1 - d) * (1 - d);
            }
            combinations *= childValues[c];
            if (combinations > MAX_CHILD_COMBINATIONS) {
                return null;
            }
            if (!hemi[k]) {
                edgeStart[role[father[k]] + 1]++;
            }
            edgeStart[role[mother[k]] + 1]++;
        }
        for (int f = 0; f < nFounders; f++) {
            edgeStart[f + 1] += edgeStart[f];
        }
        int[] edgeChild = new int[edgeStart[nFounders]];
        boolean[] edgeFromFather = new boolean[edgeChild.length];
        int[] next = edgeStart.clone();
        for (int k = 0; k < m; k++) {
            if (father[k] < 0) {
                continue;
            }
            if (!hemi[k]) {
                int e = next[role[father[k]]]++;
                edgeChild[e] = role[k];
                edgeFromFather[e] = true;
            }
            edgeChild[next[role[mother[k]]]++] = role[k];
        }
        boolean[] founderHemi = new boolean[nFounders];
        int[][] founderPat = new int[nFounders][];
        int[][] founderMat = new int[nFounders][];
        double[][] founderWeight = new double[nFounders][];
        for (int k = 0; k < m; k++) {
            if (father[k] >= 0) {
                continue;
            }
            int f = role[k];
            founderHemi[f] = hemi[k];
            if (call[k] != null) {
                typedFounder(f, space, call[k], dropout[k], hemi[k], founderPat, founderMat, founderWeight);
            } else if (edgeStart[f + 1] - edgeStart[f] > MAX_EDGES_PER_FOUNDER) {
                return null;
            }
        }
        return new OneGenerationSum(space, nChildren, childValues, childPat, childMat, childWeight, combinations,
                nFounders, founderHemi, founderPat, founderMat, founderWeight, edgeStart, edgeChild, edgeFromFather);
    }

    /**
     * The genotypes of a typed founder with Hardy–Weinberg prior times P(call | genotype): the call
     * itself without dropout; with dropout a homozygous call a/a also stands for a/x.
     */
    private static void typedFounder(int f, AlleleSpace space, int[] call, double d, boolean hemi,
                                     int[][] pat, int[][] mat, double[][] weight) {
        int n = space.n;
        double[] p = space.p;
        int x = Math.min(space.of(call[0]), space.of(call[1]));
        int y = Math.max(space.of(call[0]), space.of(call[1]));
        if (hemi) {
            pat[f] = new int[] {-1};
            mat[f] = new int[] {y};
            weight[f] = new double[] {p[y] * (1 - d)};
            return;
        }
        if (x != y || d == 0) {
            pat[f] = new int[] {x};
            mat[f] = new int[] {y};
            double e = x != y ? (1 - d) * (1 - d) : 1;
            weight[f] = new double[] {(x == y ? p[x] * p[x] : 2 * p[x] * p[y]) * e};
            return;
        }
        // Homozygous call with dropout: true x/x, or x/z for every other z.
        pat[f] = new int[n];
        mat[f] = new int[n];
        weight[f] = new double[n];
        for (int z = 0; z < n; z++) {
            pat[f][z] = Math.min(x, z);
            mat[f][z] = Math.max(x, z);
            weight[f][z] = z == x ? p[x] * p[x] * (1 - d * d) : 2 * p[x] * p[z] * d * (1 - d);
        }
    }

    /** The likelihood: Σ over the children's ordered genotypes of the product of founder terms. */
    double likelihood() {
        // value[combo * children + c]: which ordered genotype child c has in joint combination combo.
        int[] value = new int[combinations * children];
        for (int combo = 1; combo < combinations; combo++) {
            int base = combo * children;
            System.arraycopy(value, base - children, value, base, children);
            for (int c = 0; c < children; c++) {
                if (++value[base + c] < childValues[c]) {
                    break;
                }
                value[base + c] = 0;
            }
        }
        double[] joint = new double[combinations];
        Arrays.fill(joint, childWeight);
        int previous = -1;
        double[] previousTable = null;
        for (int f = 0; f < founders; f++) {
            if (founderPat[f] != null) {
                multiplyTypedFounder(f, value, joint);
                continue;
            }
            boolean mirror = previous >= 0 && mirrors(previous, f);
            double[] g = mirror ? previousTable : founderTable(f);
            multiplyUntypedFounder(f, g, mirror, value, joint);
            previous = f;
            previousTable = g;
        }
        double sum = 0;
        for (double x : joint) {
            sum += x;
        }
        return sum;
    }

    /** The allele edge e's child receives over it, at the values {@code value[base + c]}. */
    private int received(int e, int[] value, int base) {
        int c = edgeChild[e];
        int v = 2 * c + value[base + c];
        return edgeFromFather[e] ? childPat[v] : childMat[v];
    }

    private void multiplyTypedFounder(int f, int[] value, double[] joint) {
        int[] pat = founderPat[f];
        int[] mat = founderMat[f];
        double[] w = founderWeight[f];
        int from = edgeStart[f];
        int to = edgeStart[f + 1];
        for (int combo = 0; combo < combinations; combo++) {
            int base = combo * children;
            double s = 0;
            for (int g = 0; g < w.length; g++) {
                double term = w[g];
                int a = pat[g];
                int b = mat[g];
                for (int e = from; e < to && term != 0; e++) {
                    double[] t = edgeFromFather[e] ? colMale : colFemale;
                    int x = received(e, value, base) * n;
                    term *= a < 0 ? t[x + b] : 0.5 * (t[x + a] + t[x + b]);
                }
                s += term;
            }
            joint[combo] *= s;
        }
    }

    /**
     * True when founder f's table is founder {@code other}'s with each child's two values swapped:
     * the same children in the same order, f the other parent of each, the same matrix. (A couple
     * whose sexes mutate alike: the father passes x where the mother passes y.)
     */
    private boolean mirrors(int other, int f) {
        int k = edgeStart[f + 1] - edgeStart[f];
        if (k != edgeStart[other + 1] - edgeStart[other] || colMale != colFemale) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            int e = edgeStart[f] + j;
            int o = edgeStart[other] + j;
            if (edgeChild[e] != edgeChild[o] || edgeFromFather[e] == edgeFromFather[o]) {
                return false;
            }
        }
        return true;
    }

    /** Place value of each edge of f in the mixed-radix code (digit 0 = not in S, 1 + v = in S with value v). */
    private int[] radix(int f) {
        int from = edgeStart[f];
        int[] radix = new int[edgeStart[f + 1] - from];
        int size = 1;
        for (int j = 0; j < radix.length; j++) {
            radix[j] = size;
            size *= childValues[edgeChild[from + j]] + 1;
        }
        return radix;
    }

    /** The table g of an untyped founder over every code (see {@link #fill}). */
    private double[] founderTable(int f) {
        int[] radix = radix(f);
        int k = radix.length;
        int size = k == 0 ? 1 : radix[k - 1] * (childValues[edgeChild[edgeStart[f] + k - 1]] + 1);
        double[] g = new double[size];
        fill(edgeStart[f], 0, 0, p, 0, radix, new double[k * n], g);
        return g;
    }

    /**
     * Multiplies in an untyped founder's term from its table g; {@code mirror}: g belongs to the
     * founder's partner (see {@link #mirrors}), so each child's value is read swapped.
     */
    private void multiplyUntypedFounder(int f, double[] g, boolean mirror, int[] value, double[] joint) {
        int from = edgeStart[f];
        int[] radix = radix(f);
        int k = radix.length;
        if (k == 0) {
            double phi = founderHemi[f] ? g[0] : g[0] * g[0];
            for (int combo = 0; combo < combinations; combo++) {
                joint[combo] *= phi;
            }
            return;
        }
        int[] digit = new int[k];
        int rest = 1 << (k - 1);
        int[] restCode = new int[rest];
        double scale = Math.scalb(1.0, 1 - k);
        for (int combo = 0; combo < combinations; combo++) {
            int base = combo * children;
            int total = 0;
            for (int j = 0; j < k; j++) {
                int c = edgeChild[from + j];
                int v = mirror ? childValues[c] - 1 - value[base + c] : value[base + c];
                digit[j] = (1 + v) * radix[j];
                total += digit[j];
            }
            if (founderHemi[f]) {
                // One allele, passed to every daughter: no subsets.
                joint[combo] *= g[total];
                continue;
            }
            // Σ_S g(S) g(S^c) over the subsets S holding edge 0, each pair {S, S^c} counted once, doubled by scale.
            double s = g[digit[0]] * g[total - digit[0]];
            for (int r = 1; r < rest; r++) {
                restCode[r] = restCode[r & (r - 1)] + digit[1 + Integer.numberOfTrailingZeros(r)];
                int code = digit[0] + restCode[r];
                s += g[code] * g[total - code];
            }
            joint[combo] *= s * scale;
        }
    }

    /**
     * g[code] = Σ_a p_a Π_{edges in the code} T(a, x): depth-first over the edges from {@code from},
     * the running product p ∘ T(·, x_1) ∘ … at {@code v[vOff..vOff + n)}; depth j writes only the
     * (j + 1)-th block of n in {@code work}. The last edge ends in sums and dot products rather than
     * another vector.
     */
    private void fill(int from, int j, int code, double[] v, int vOff, int[] radix, double[] work, double[] g) {
        int k = radix.length;
        if (k == 0) {
            g[0] = sum(v, vOff);
            return;
        }
        int e = from + j;
        int c = edgeChild[e];
        double[] t = edgeFromFather[e] ? colMale : colFemale;
        int[] alleles = edgeFromFather[e] ? childPat : childMat;
        int values = childValues[c];
        if (j == k - 1) {
            g[code] = sum(v, vOff);
            for (int i = 0; i < values; i++) {
                int off = alleles[2 * c + i] * n;
                double s = 0;
                for (int a = 0; a < n; a++) {
                    s += v[vOff + a] * t[off + a];
                }
                g[code + (1 + i) * radix[j]] = s;
            }
            return;
        }
        int nextOff = (j + 1) * n;
        fill(from, j + 1, code, v, vOff, radix, work, g);
        for (int i = 0; i < values; i++) {
            int off = alleles[2 * c + i] * n;
            for (int a = 0; a < n; a++) {
                work[nextOff + a] = v[vOff + a] * t[off + a];
            }
            fill(from, j + 1, code + (1 + i) * radix[j], work, nextOff, radix, work, g);
        }
    }

    private double sum(double[] v, int off) {
        double s = 0;
        for (int a = 0; a < n; a++) {
            s += v[off + a];
        }
        return s;
    }
}
