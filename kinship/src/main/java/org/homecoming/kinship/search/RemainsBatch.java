package org.homecoming.kinship.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;

/**
 * A chunk of remains compiled for comparison: per remains and marker the two allele indices (the
 * smaller first, -1 when not called), their inverse frequencies, and the dropout terms of a
 * homozygous call.
 *
 * <p>For a homozygous call a/a with dropout ratio {@code t = P(a/a called | a/x) / P(a/a called |
 * a/a)}, the LR is {@code (r(a/a) + t·S(a)/p_a²) / (1 + 2t(1 − p_a)/p_a)}; {@code invD} holds the
 * inverse of that denominator, so that a call without dropout (t = 0) needs no branch.
 *
 * <p>A chunk of a thousand remains makes only a few thousand distinct calls over all markers (a
 * call is its two alleles and its dropout ratio): {@link #key} numbers them, so that a block of
 * families expands its ratios once per distinct call ({@link FamilyBlock#expand}) and a comparison
 * is then one look-up per marker.
 */
final class RemainsBatch {

    final int size;
    final String[] ids;
    final int[] a;
    final int[] b;
    final double[] ipa;
    final double[] ipb;
    final double[] t;
    final double[] invD;
    /** Per remains and marker: the number of its call among the chunk's distinct calls, -1 when not called. */
    final int[] key;
    /** The distinct calls: marker m's are numbered from {@code keyStart[m]} to {@code keyStart[m + 1]}. */
    final int[] keyStart;
    /** Per distinct call: its first entry {@code r * loci + m} (alleles, frequencies and dropout are read there). */
    final int[] keyCall;
    /** Per remains: {@link Sexes} code of its sex. */
    final byte[] sex;

    RemainsBatch(List<RemainsProfile> remains, List<Locus> loci) {
        this.size = remains.size();
        int l = loci.size();
        this.ids = new String[size];
        this.a = new int[size * l];
        this.b = new int[size * l];
        this.ipa = new double[size * l];
        this.ipb = new double[size * l];
        this.t = new double[size * l];
        this.invD = new double[size * l];
        this.key = new int[size * l];
        this.keyStart = new int[l + 1];
        this.sex = new byte[size];
        double[][] freqs = new double[l][];
        double[] sums = new double[l];
        for (int m = 0; m < l; m++) {
            freqs[m] = loci.get(m).frequencies();
            for (double f : freqs[m]) {
                sums[m] += f;
            }
        }
        for (int r = 0; r < size; r++) {
            RemainsProfile v = remains.get(r);
            ids[r] = v.id();
            sex[r] = Sexes.code(v.sex());
            double ratio = DropoutModel.homozygousRatio(v.dropout());
            for (int m = 0; m < l; m++) {
                fill(r * l + m, v, loci.get(m), freqs[m], sums[m], ratio);
            }
        }
        this.keyCall = numberCalls(l);
    }

    /** Numbers the distinct calls marker by marker, in order of first appearance; returns their first entries. */
    private int[] numberCalls(int l) {
        int[] first = new int[size * l];
        int keys = 0;
        Map<CallKey, Integer> seen = new HashMap<>();
        for (int m = 0; m < l; m++) {
            keyStart[m] = keys;
            seen.clear();
            for (int r = 0; r < size; r++) {
                int rm = r * l + m;
                if (a[rm] < 0) {
                    key[rm] = -1;
                    continue;
                }
                Integer k = seen.get(new CallKey(a[rm], b[rm], Double.doubleToLongBits(t[rm])));
                if (k == null) {
                    k = keys++;
                    seen.put(new CallKey(a[rm], b[rm], Double.doubleToLongBits(t[rm])), k);
                    first[k] = rm;
                }
                key[rm] = k;
            }
        }
        keyStart[l] = keys;
        return Arrays.copyOf(first, keys);
    }

    /** Number of distinct calls over all markers. */
    int keys() {
        return keyCall.length;
    }

    /** Two alleles and a dropout ratio: the frequencies and the dropout denominator follow from them. */
    private record CallKey(int a, int b, long dropoutBits) {
    }

    /** The denominator uses Σ_{x≠a} p_x = sum − p_a rather than 1 − p_a: frequencies sum to 1 only to rounding. */
    private void fill(int rm, RemainsProfile v, Locus locus, double[] p, double sum, double ratio) {
        Genotype g = v.genotypes().get(locus.name());
        if (g == null) {
            a[rm] = -1;
            b[rm] = -1;
            invD[rm] = 1;
            return;
        }
        int x = index(v, locus, g.allele1());
        int y = g.allele2() == null ? x : index(v, locus, g.allele2());
        a[rm] = Math.min(x, y);
        b[rm] = Math.max(x, y);
        ipa[rm] = 1 / p[a[rm]];
        ipb[rm] = 1 / p[b[rm]];
        if (x == y) {
            t[rm] = ratio;
            invD[rm] = 1 / (1 + 2 * ratio * (sum - p[x]) / p[x]);
        } else {
            invD[rm] = 1;
        }
    }

    private static int index(RemainsProfile v, Locus locus, String allele) {
        int i = locus.indexOf(allele);
        if (i < 0) {
            throw new IllegalArgumentException("remains " + v.id() + ", locus " + locus.name() + ": allele " + allele
                    + " is not in the search's allele list; add it to the loci before building the index");
        }
        return i;
    }
}
