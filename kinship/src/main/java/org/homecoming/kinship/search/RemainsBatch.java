package org.homecoming.kinship.search;

import java.util.List;
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
    /** Packed for the hot loop: {@code a | b << 16} (-1 when not called), and ipa, ipb, t, invD side by side. */
    final int[] ab;
    final double[] rd;
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
        this.ab = new int[size * l];
        this.rd = new double[4 * size * l];
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
        for (int rm = 0; rm < size * l; rm++) {
            ab[rm] = a[rm] < 0 ? -1 : a[rm] | b[rm] << 16;
            rd[4 * rm] = ipa[rm];
            rd[4 * rm + 1] = ipb[rm];
            rd[4 * rm + 2] = t[rm];
            rd[4 * rm + 3] = invD[rm];
        }
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
