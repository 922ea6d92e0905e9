package org.homecoming.kinship.likelihood;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationMatrix;

/**
 * The alleles a computation works with: a locus's own alleles, or the observed ones plus one lump
 * standing for all unobserved alleles when the mutation model allows it (exact, and much faster).
 */
final class AlleleSpace {

    private static final Map<Locus, AlleleSpace> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;
    /** Loci this thread looked up, by identity: cheaper than hashing a locus's frequencies each call. */
    private static final ThreadLocal<Map<Locus, AlleleSpace>> SEEN = ThreadLocal.withInitial(IdentityHashMap::new);

    final int n;
    final double[] p;
    /** Transmission matrices from mothers and from fathers: [from][to]. */
    final double[][] female;
    final double[][] male;
    final boolean mutation;
    /** The transmission matrices transposed and flat, [to × n + from]: a column per received allele. */
    private final double[] femaleColumns;
    private final double[] maleColumns;
    /** Σ_to T(from, to) of each matrix, summed in the order of the columns. */
    private final double[] femaleRowSums;
    private final double[] maleRowSums;
    /** T_first · T_second as columns, by (first is male) · 2 + (second is male); computed on first use. */
    private final AtomicReferenceArray<double[]> twoMeioses = new AtomicReferenceArray<>(4);
    /** 0, 1, …, n − 1: the allele each value of an allele variable stands for. */
    private final int[] identity;
    private final Map<String, Integer> index;
    /** For each full-locus allele index: its index here. */
    private final int[] map;
    /**
     * Lumped spaces of this (full) space by the set of observed alleles (bit i = allele i, loci of at
     * most 64 alleles): the same few sets recur across persons and calls, and checking lumpability
     * costs O(n²).
     */
    private final Map<Long, AlleleSpace> lumps = new ConcurrentHashMap<>();

    private AlleleSpace(double[] p, double[][] female, double[][] male, Map<String, Integer> index, int[] map) {
        this.n = p.length;
        this.p = p;
        this.female = female;
        this.male = male;
        this.index = index;
        this.map = map;
        this.mutation = !isIdentity(female) || !isIdentity(male);
        this.identity = new int[n];
        Arrays.setAll(identity, i -> i);
        this.femaleColumns = columns(female);
        // One array when both sexes mutate alike, which lets a couple share one founder table.
        this.maleColumns = Arrays.deepEquals(female, male) ? femaleColumns : columns(male);
        this.femaleRowSums = rowSums(femaleColumns, n);
        this.maleRowSums = maleColumns == femaleColumns ? femaleRowSums : rowSums(maleColumns, n);
    }

    private static double[] rowSums(double[] columns, int n) {
        double[] out = new double[n];
        for (int to = 0; to < n; to++) {
            for (int from = 0; from < n; from++) {
                out[from] += columns[to * n + from];
            }
        }
        return out;
    }

    /** Σ_to T(from, to) for {@link #maleColumns()} or {@link #femaleColumns()}. Shared, do not modify. */
    double[] rowSums(double[] columns) {
        return columns == maleColumns ? maleRowSums : femaleRowSums;
    }

    private static double[] columns(double[][] m) {
        int n = m.length;
        double[] out = new double[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                out[to * n + from] = m[from][to];
            }
        }
        return out;
    }

    /**
     * Two meioses in a row, {@code first} then {@code second} (each {@link #maleColumns()} or
     * {@link #femaleColumns()}), as columns: entry [to × n + from] = Σ_x T_first(from, x) T_second(x, to).
     * A founder's allele reaching a grandchild through an untyped parent is read here instead of
     * summed over the parent's allele at every marker. Shared, do not modify.
     */
    double[] twoMeioses(double[] first, double[] second) {
        int key = (first == maleColumns ? 2 : 0) + (second == maleColumns ? 1 : 0);
        if (maleColumns == femaleColumns) {
            key = 0;
        }
        double[] known = twoMeioses.get(key);
        if (known != null) {
            return known;
        }
        double[] out = new double[n * n];
        for (int to = 0; to < n; to++) {
            for (int x = 0; x < n; x++) {
                double t = second[to * n + x];
                if (t == 0) {
                    continue;
                }
                for (int from = 0; from < n; from++) {
                    out[to * n + from] += first[x * n + from] * t;
                }
            }
        }
        twoMeioses.compareAndSet(key, null, out);
        return twoMeioses.get(key);
    }

    /** 0, 1, …, n − 1. Shared, do not modify. */
    int[] identity() {
        return identity;
    }

    /** Transmission from mothers, flat and transposed: entry [to × n + from]. Shared, do not modify. */
    double[] femaleColumns() {
        return femaleColumns;
    }

    /** Transmission from fathers, flat and transposed: entry [to × n + from]. Shared, do not modify. */
    double[] maleColumns() {
        return maleColumns;
    }

    /** All alleles of {@code locus}; cached per locus. */
    static AlleleSpace full(Locus locus) {
        Map<Locus, AlleleSpace> seen = SEEN.get();
        AlleleSpace known = seen.get(locus);
        if (known != null) {
            return known;
        }
        if (seen.size() > 1024) {
            seen.clear();
        }
        AlleleSpace s = CACHE.get(locus);
        if (s == null) {
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            Map<String, Integer> idx = new HashMap<>();
            List<String> alleles = locus.alleles();
            int[] map = new int[alleles.size()];
            for (int i = 0; i < alleles.size(); i++) {
                idx.put(alleles.get(i), i);
                map[i] = i;
            }
            s = new AlleleSpace(locus.frequencies(), locus.mutation().female().toArray(),
                    locus.mutation().male().toArray(), idx, map);
            CACHE.put(locus, s);
        }
        seen.put(locus, s);
        return s;
    }

    /** Index of a full-locus allele index in this space. */
    int of(int fullIndex) {
        return map[fullIndex];
    }

    /** Index of an allele label in the full locus, -1 when absent. */
    static int fullIndex(Locus locus, String label) {
        Integer i = full(locus).index.get(label);
        return i == null ? -1 : i;
    }

    /**
     * The observed alleles (full indices, {@code observed[i]} true) kept, the rest lumped into one
     * allele; this space itself when nothing can be lumped or the mutation model forbids it.
     */
    AlleleSpace lumped(Locus locus, boolean[] observed) {
        if (n > 64) {
            return lumpedUncached(locus, observed);
        }
        long key = 0;
        for (int i = 0; i < n; i++) {
            if (observed[i]) {
                key |= 1L << i;
            }
        }
        AlleleSpace s = lumps.get(key);
        if (s == null) {
            if (lumps.size() > CACHE_LIMIT) {
                lumps.clear();
            }
            s = lumpedUncached(locus, observed);
            lumps.put(key, s);
        }
        return s;
    }

    private AlleleSpace lumpedUncached(Locus locus, boolean[] observed) {
        List<Integer> keep = new ArrayList<>();
        List<Integer> lump = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (observed[i] ? keep : lump).add(i);
        }
        if (lump.size() < 2) {
            return this;
        }
        int[] lumpIdx = lump.stream().mapToInt(Integer::intValue).toArray();
        if (mutation && !(locus.mutation().female().isLumpable(lumpIdx)
                && locus.mutation().male().isLumpable(lumpIdx))) {
            return this;
        }
        int k = keep.size();
        double[] q = new double[k + 1];
        int[] rep = new int[k + 1];
        int[] map = new int[n];
        for (int j = 0; j < k; j++) {
            q[j] = p[keep.get(j)];
            rep[j] = keep.get(j);
            map[keep.get(j)] = j;
        }
        for (int u : lumpIdx) {
            q[k] += p[u];
            map[u] = k;
        }
        rep[k] = lumpIdx[0];
        Map<String, Integer> idx = new HashMap<>();
        List<String> alleles = locus.alleles();
        for (int i = 0; i < n; i++) {
            idx.put(alleles.get(i), map[i]);
        }
        return new AlleleSpace(q, reduce(female, rep, map, k), reduce(male, rep, map, k), idx, map);
    }

    private static double[][] reduce(double[][] m, int[] rep, int[] map, int k) {
        double[][] r = new double[k + 1][k + 1];
        for (int i = 0; i <= k; i++) {
            double[] row = m[rep[i]];
            for (int j = 0; j < row.length; j++) {
                r[i][map[j]] += row[j];
            }
        }
        return r;
    }

    private static boolean isIdentity(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                if (m[i][j] != (i == j ? 1.0 : 0.0)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "AlleleSpace" + Arrays.toString(p);
    }
}
