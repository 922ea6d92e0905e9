package org.homecoming.kinship.search;

import org.homecoming.kinship.locus.GenotypeIndex;

/**
 * Turns a missing person's genotype distribution at one marker into a {@link CompiledMarker}.
 *
 * <p>The ratio table {@code r(a/b) = P(MP = a/b | refs) / P_pop(a/b)} has n(n+1)/2 entries. For
 * alleles the family has not seen ("unseen"), the references say nothing about which allele it is,
 * so their ratios follow a closed form in the inverse allele frequencies whenever the mutation model
 * treats unseen alleles alike (no mutation, "proportional", "equal"):
 * <ul>
 * <li>{@code r(E_i/x) = c_i + e_i/p_x} for an explicit (seen) allele E_i and unseen x;
 * <li>{@code r(x/y) = A + B(1/p_x + 1/p_y) + D/(p_x p_y)} for unseen x ≠ y;
 * <li>{@code r(x/x) = H0 + H1/p_x + H2/p_x²};
 * <li>{@code S(x)/p_x² = σ0 + σ1/p_x + σ2/p_x²} where {@code S(a) = Σ_{y≠a} P(MP = a/y | refs)} (what
 *     a homozygous call with dropout needs).
 * </ul>
 * Each form is fitted and then checked against every member of its class ({@link ClassFit}); if any
 * check fails (stepwise mutation, for instance) every allele becomes explicit instead.
 *
 * <p>Structured layout, with T = (k+1)(k+2)/2 and slot k standing for "unseen":
 * {@code [0,T)} triangle r over slots (i ≤ j at j(j+1)/2+i; (i,k) holds c_i, (k,k) holds A),
 * {@code [T,T+k)} e_i, {@code T+k} B, {@code T+k+1} D, {@code T+k+2..4} H0..H2,
 * {@code T+k+5..T+2k+5} s_i = S(E_i)/p², {@code T+2k+5..7} σ0..σ2; a lumped marker keeps {@code [0,T)}
 * only ({@link #compileLumped}). All explicit: the n(n+1)/2 ratios in triangle order, nothing else.
 */
final class MarkerCompiler {

    private MarkerCompiler() {
    }

    static int tri(int i, int j) {
        return j * (j + 1) / 2 + i;
    }

    /**
     * @param freqs the locus's allele frequencies (summing to one)
     * @param dist P(MP = g | refs) in the core's {@link GenotypeIndex} order
     * @param possible P(MP = g | refs, no mutation) > 0 in the same order, or null when the
     *     references are inconsistent without mutation (no call is then counted as an exclusion)
     * @param seen alleles carried by a typed reference
     * @param hasData whether any reference is typed here
     */
    static CompiledMarker compile(double[] freqs, double[] dist, boolean[] possible, boolean[] seen, boolean hasData) {
        int n = freqs.length;
        int words = (n + 63) >>> 6;
        double[] r = new double[n * (n + 1) / 2];
        boolean[] ok = new boolean[r.length];
        double[] s = new double[n];
        boolean[] homOk = new boolean[n];
        boolean one = true;
        for (int b = 0; b < n; b++) {
            for (int a = 0; a <= b; a++) {
                int g = GenotypeIndex.index(a, b);
                double pop = a == b ? freqs[a] * freqs[a] : 2 * freqs[a] * freqs[b];
                r[tri(a, b)] = dist[g] / pop;
                ok[tri(a, b)] = possible == null || possible[g];
                one &= Math.abs(r[tri(a, b)] - 1) <= 1e-15;
                if (a != b) {
                    s[a] += dist[g];
                    s[b] += dist[g];
                    homOk[a] |= ok[tri(a, b)];
                    homOk[b] |= ok[tri(a, b)];
                }
            }
        }
        for (int a = 0; a < n; a++) {
            s[a] /= freqs[a] * freqs[a];
            homOk[a] |= ok[tri(a, a)];
        }
        if (!hasData && one) {
            return none(freqs);
        }
        CompiledMarker structured = structured(freqs, r, ok, s, homOk, seen, hasData, words);
        return structured != null ? structured : allExplicit(r, ok, hasData, n, words);
    }

    /**
     * A marker whose unseen alleles were lumped into one (see {@link LumpedLocus}): since an unseen
     * allele's posterior is proportional to its frequency, every unseen allele has the same ratios,
     * and the triangle over the k explicit slots and the lumped "rest" R is all that is kept. With U
     * the unseen alleles' total frequency: T[i,j] = P(E_i/E_j)/(2 p_i p_j), T[i,k] = c_i =
     * P(E_i/R)/(2 p_i U), T[k,k] = A = H0 = P(R/R)/U² (so e_i = B = D = H1 = H2 = 0); the dropout
     * sums are derived from the triangle when a call needs them ({@link FamilyBlock}).
     *
     * @param explicit the seen alleles' indices, increasing (the lumped slots 0..k-1)
     * @param lumped P(MP = g | refs) over the k+1 lumped alleles, in {@link GenotypeIndex} order
     * @param possible the same without mutation, > 0, or null when the references need a mutation
     */
    static CompiledMarker compileLumped(double[] freqs, int[] explicit, double[] lumped, boolean[] possible, boolean hasData) {
        int n = freqs.length;
        int k = explicit.length;
        double u = 0;
        long[] mask = new long[(n + 63) >>> 6];
        boolean[] isExplicit = new boolean[n];
        for (int e : explicit) {
            isExplicit[e] = true;
            mask[e >>> 6] |= 1L << (e & 63);
        }
        for (int a = 0; a < n; a++) {
            u += isExplicit[a] ? 0 : freqs[a];
        }
        double[] v = new double[(k + 1) * (k + 2) / 2];
        boolean[] c = new boolean[v.length];
        for (int j = 0; j <= k; j++) {
            for (int i = 0; i <= j; i++) {
                int g = GenotypeIndex.index(i, j);
                c[tri(i, j)] = possible == null || possible[g];
                if (j < k) {
                    double pop = i == j ? freqs[explicit[i]] * freqs[explicit[i]] : 2 * freqs[explicit[i]] * freqs[explicit[j]];
                    v[tri(i, j)] = lumped[g] / pop;
                } else if (i < k) {
                    v[tri(i, k)] = lumped[g] / (2 * freqs[explicit[i]] * u);
                } else {
                    v[tri(k, k)] = lumped[g] / (u * u);
                }
            }
        }
        return new CompiledMarker(hasData, mask, k, v, c, true);
    }

    /** A marker nobody is typed at: r = 1 everywhere, a lumped triangle of one slot (every allele unseen). */
    static CompiledMarker none(double[] freqs) {
        return new CompiledMarker(false, new long[(freqs.length + 63) >>> 6], 0, new double[] {1}, new boolean[] {true}, true);
    }

    /**
     * Every allele explicit (when the unseen alleles follow no closed form): the full triangle of n
     * alleles, with no unseen slot, whose dropout sums {@link FamilyBlock} derives from it as for a
     * lumped marker (S(a)/p_a² = 2 Σ_{y≠a} p_y r(a/y) / p_a).
     */
    private static CompiledMarker allExplicit(double[] r, boolean[] ok, boolean hasData, int n, int words) {
        long[] mask = new long[words];
        for (int a = 0; a < n; a++) {
            mask[a >>> 6] |= 1L << (a & 63);
        }
        return new CompiledMarker(hasData, mask, n, r.clone(), ok.clone(), true);
    }

    private static CompiledMarker structured(double[] p, double[] r, boolean[] ok, double[] s, boolean[] homOk,
            boolean[] seen, boolean hasData, int words) {
        int n = p.length;
        int k = 0;
        long[] mask = new long[words];
        int[] explicit = new int[n];
        int[] unseen = new int[n];
        int m = 0;
        for (int a = 0; a < n; a++) {
            if (seen[a]) {
                mask[a >>> 6] |= 1L << (a & 63);
                explicit[k++] = a;
            } else {
                unseen[m++] = a;
            }
        }
        int t = (k + 1) * (k + 2) / 2;
        double[] v = new double[t + 2 * k + 8];
        boolean[] c = new boolean[v.length];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i <= j; i++) {
                v[tri(i, j)] = r[tri(explicit[i], explicit[j])];
                c[tri(i, j)] = ok[tri(explicit[i], explicit[j])];
            }
        }
        for (int i = 0; i < k; i++) {
            double[][] basis = new double[m][];
            double[] y = new double[m];
            for (int u = 0; u < m; u++) {
                int x = unseen[u];
                basis[u] = new double[] {1, 1 / p[x], 0};
                y[u] = r[tri(Math.min(x, explicit[i]), Math.max(x, explicit[i]))];
                c[tri(i, k)] |= ok[tri(Math.min(x, explicit[i]), Math.max(x, explicit[i]))];
            }
            double[] f = ClassFit.fit(basis, y);
            if (f.length == 0) {
                return null;
            }
            v[tri(i, k)] = f[0];
            v[t + i] = f[1];
            v[t + k + 5 + i] = s[explicit[i]];
            c[t + k + 5 + i] = homOk[explicit[i]];
        }
        double[] pair = unseenPairs(p, r, ok, unseen, m, c, tri(k, k));
        double[] hom = unseenSingles(p, r, ok, unseen, m, c, t + k + 2, true);
        double[] sums = unseenSingles(p, s, homOk, unseen, m, c, t + 2 * k + 5, false);
        if (pair.length == 0 || hom.length == 0 || sums.length == 0) {
            return null;
        }
        v[tri(k, k)] = pair[0];
        v[t + k] = pair[1];
        v[t + k + 1] = pair[2];
        System.arraycopy(hom, 0, v, t + k + 2, 3);
        System.arraycopy(sums, 0, v, t + 2 * k + 5, 3);
        return new CompiledMarker(hasData, mask, k, v, c, false);
    }

    private static double[] unseenPairs(double[] p, double[] r, boolean[] ok, int[] unseen, int m, boolean[] c, int slot) {
        int count = m * (m - 1) / 2;
        double[][] basis = new double[count][];
        double[] y = new double[count];
        int row = 0;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < j; i++) {
                int a = unseen[i];
                int b = unseen[j];
                basis[row] = new double[] {1, 1 / p[a] + 1 / p[b], 1 / (p[a] * p[b])};
                y[row++] = r[tri(a, b)];
                c[slot] |= ok[tri(a, b)];
            }
        }
        return ClassFit.fit(basis, y);
    }

    /** Fits a per-allele quantity: r(x/x) when {@code homozygote}, else the dropout sums S(x)/p². */
    private static double[] unseenSingles(double[] p, double[] q, boolean[] ok, int[] unseen, int m, boolean[] c,
            int slot, boolean homozygote) {
        double[][] basis = new double[m][];
        double[] y = new double[m];
        for (int u = 0; u < m; u++) {
            int x = unseen[u];
            basis[u] = new double[] {1, 1 / p[x], 1 / (p[x] * p[x])};
            y[u] = homozygote ? q[tri(x, x)] : q[x];
            c[slot] |= homozygote ? ok[tri(x, x)] : ok[x];
        }
        return ClassFit.fit(basis, y);
    }
}
