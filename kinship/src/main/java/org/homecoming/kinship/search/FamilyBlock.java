package org.homecoming.kinship.search;

import java.util.Arrays;
import java.util.List;

/**
 * A block of compiled families in flat arrays, marker-major (all families' data for marker 0, then
 * marker 1, ...), so that one remains is scored against the whole block marker by marker: the
 * remains' call and inverse frequencies are read once per marker, and the families' products are
 * independent (no chain of dependent multiplications). Immutable once built; blocks share nothing,
 * so any worker (or a cluster executor) can score one against any chunk of remains.
 *
 * <p>Layout of a family's marker values: {@link MarkerCompiler}. Slot {@code k} stands for "an
 * allele the family has not seen"; an explicit allele's slot is its rank among the family's
 * explicit alleles (a popcount of the mask below it).
 */
final class FamilyBlock {

    private final int size;
    private final int loci;
    private final int[] words;
    private final int[] maskBase;
    /** Per family-marker at {@code m * size + f}: offset of its values, number of explicit alleles. */
    private final int[] offset;
    private final short[] explicit;
    private final long[] masks;
    private final long[] hasData;
    private final double[] values;
    private final long[] compatible;
    private final long bytes;
    /** Per family: {@link Sexes} code of its missing person. */
    private final byte[] missingSex;
    /** Every locus has at most 64 alleles: one mask word per family-marker, the fast loops apply. */
    private final boolean singleWord;
    /**
     * Per marker: every family's unseen alleles have constant ratios (e = B = D = H1 = H2 = 0 and A =
     * H0, as lumping gives), so a call without dropout is one look-up in the triangle.
     */
    private final boolean[] tableOnly;

    FamilyBlock(List<CompiledMarker[]> families, byte[] missingSex, int[] alleles) {
        this.size = families.size();
        this.missingSex = missingSex.clone();
        this.loci = alleles.length;
        this.words = new int[loci];
        this.maskBase = new int[loci];
        int totalWords = 0;
        boolean single = true;
        for (int m = 0; m < loci; m++) {
            words[m] = (alleles[m] + 63) >>> 6;
            maskBase[m] = totalWords;
            totalWords += size * words[m];
            single &= words[m] == 1;
        }
        this.singleWord = single;
        this.offset = new int[size * loci];
        this.explicit = new short[size * loci];
        this.masks = new long[totalWords];
        this.hasData = new long[(size * loci + 63) >>> 6];
        long total = 0;
        long b = 0;
        for (CompiledMarker[] f : families) {
            for (CompiledMarker cm : f) {
                total += cm.values().length;
                b += cm.bytes();
            }
        }
        if (total > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("a block of " + size + " families is too large: " + total + " values");
        }
        this.values = new double[(int) total];
        this.compatible = new long[(int) ((total + 63) >>> 6)];
        this.bytes = b + 4L * loci + size;
        this.tableOnly = new boolean[loci];
        int pos = 0;
        for (int m = 0; m < loci; m++) {
            tableOnly[m] = true;
            for (int f = 0; f < size; f++) {
                CompiledMarker cm = families.get(f)[m];
                tableOnly[m] &= tableOnly(cm);
                if (cm.k() > Short.MAX_VALUE) {
                    throw new IllegalArgumentException("marker " + m + " has too many alleles: " + cm.k());
                }
                int fm = m * size + f;
                offset[fm] = pos;
                explicit[fm] = (short) cm.k();
                if (cm.hasData()) {
                    hasData[fm >>> 6] |= 1L << (fm & 63);
                }
                System.arraycopy(cm.mask(), 0, masks, maskBase[m] + f * words[m], words[m]);
                System.arraycopy(cm.values(), 0, values, pos, cm.values().length);
                for (int i = 0; i < cm.compatible().length; i++) {
                    if (cm.compatible()[i]) {
                        compatible[(pos + i) >>> 6] |= 1L << ((pos + i) & 63);
                    }
                }
                pos += cm.values().length;
            }
        }
    }

    private static boolean tableOnly(CompiledMarker cm) {
        int k = cm.k();
        double[] v = cm.values();
        int e = (k + 1) * (k + 2) / 2;
        for (int i = 0; i < k; i++) {
            if (v[e + i] != 0) {
                return false;
            }
        }
        return v[e + k] == 0 && v[e + k + 1] == 0 && v[e + k + 3] == 0 && v[e + k + 4] == 0
                && v[e + k + 2] == v[e - 1];
    }

    int size() {
        return size;
    }

    /** Whether remains of sex {@code code} may be family {@code f}'s missing person. */
    boolean sexCompatible(int f, byte code) {
        return Sexes.compatible(missingSex[f], code);
    }

    /** Heap bytes of the compiled data. */
    long bytes() {
        return bytes;
    }

    /** Sets {@code lr[f]}, for every family f of the block, to the LR of remains {@code r} of {@code chunk}. */
    void scoreAll(RemainsBatch chunk, int r, double[] lr) {
        scoreMany(chunk, r, r + 1, lr);
    }

    /**
     * Sets {@code lr[(r - from) * size() + f]} to the LR of remains r of {@code chunk} against family
     * f, for r in [from, to). Marker by marker: one marker's tables of the whole block (a few KB)
     * stay in the L1 cache while the remains pass, and the products are independent.
     */
    void scoreMany(RemainsBatch chunk, int from, int to, double[] lr) {
        if (!singleWord) {
            for (int r = from; r < to; r++) {
                for (int f = 0; f < size; f++) {
                    lr[(r - from) * size + f] = score(f, chunk, r);
                }
            }
            return;
        }
        Arrays.fill(lr, 0, (to - from) * size, 1.0);
        double[] rd = chunk.rd;
        for (int m = 0; m < loci; m++) {
            boolean table = tableOnly[m];
            for (int r = from; r < to; r++) {
                int rm = r * loci + m;
                int call = chunk.ab[rm];
                if (call < 0) {
                    continue;
                }
                int a = call & 0xFFFF;
                int b = call >>> 16;
                int out = (r - from) * size;
                int x = rm << 2;
                if (a != b) {
                    if (table) {
                        heterozygousTable(m, a, b, lr, out);
                    } else {
                        heterozygous(m, a, b, rd[x], rd[x + 1], lr, out);
                    }
                } else if (rd[x + 2] == 0) {
                    if (table) {
                        homozygousTable(m, a, lr, out);
                    } else {
                        homozygous(m, a, rd[x], lr, out);
                    }
                } else {
                    homozygousWithDropout(m, a, rd[x], rd[x + 2], rd[x + 3], lr, out);
                }
            }
        }
    }

    /**
     * Call a/b, a < b: r = T[lo, hi] + e[lo]·w1 + D·w2, where an unseen allele takes slot k and
     * brings its inverse frequency into w1 (and both into w2); a seen allele brings nothing.
     */
    private void heterozygous(int m, int a, int b, double ipa, double ipb, double[] lr, int out) {
        int hb = m * size;
        long la = 1L << a;
        long lb = 1L << b;
        double both = ipa + ipb;
        double product = ipa * ipb;
        for (int f = 0; f < size; f++) {
            long mask = masks[hb + f];
            int off = offset[hb + f];
            int k = explicit[hb + f];
            boolean sa = (mask & la) != 0;
            boolean sb = (mask & lb) != 0;
            int i = sa ? Long.bitCount(mask & (la - 1)) : k;
            int j = sb ? Long.bitCount(mask & (lb - 1)) : k;
            int lo = Math.min(i, j);
            int hi = Math.max(i, j);
            int e = off + ((k + 1) * (k + 2) >>> 1);
            double w1 = sa ? (sb ? 0 : ipb) : (sb ? ipa : both);
            double w2 = sa | sb ? 0 : product;
            lr[out + f] *= values[off + (hi * (hi + 1) >>> 1) + lo] + values[e + lo] * w1 + values[e + k + 1] * w2;
        }
    }

    /** {@link #heterozygous} where the unseen terms vanish: r = T[lo, hi], the same value. */
    private void heterozygousTable(int m, int a, int b, double[] lr, int out) {
        int hb = m * size;
        long la = 1L << a;
        long lb = 1L << b;
        for (int f = 0; f < size; f++) {
            long mask = masks[hb + f];
            int k = explicit[hb + f];
            int i = (mask & la) != 0 ? Long.bitCount(mask & (la - 1)) : k;
            int j = (mask & lb) != 0 ? Long.bitCount(mask & (lb - 1)) : k;
            int lo = Math.min(i, j);
            int hi = Math.max(i, j);
            lr[out + f] *= values[offset[hb + f] + (hi * (hi + 1) >>> 1) + lo];
        }
    }

    /** {@link #homozygous} where r(x/x) = A = H0 for unseen x: the triangle's diagonal, slot k included. */
    private void homozygousTable(int m, int a, double[] lr, int out) {
        int hb = m * size;
        long la = 1L << a;
        for (int f = 0; f < size; f++) {
            long mask = masks[hb + f];
            int i = (mask & la) != 0 ? Long.bitCount(mask & (la - 1)) : explicit[hb + f];
            lr[out + f] *= values[offset[hb + f] + (i * (i + 3) >>> 1)];
        }
    }

    /** Call a/a without dropout: r(a/a), from the triangle's diagonal or H0 + H1/p + H2/p². */
    private void homozygous(int m, int a, double ipa, double[] lr, int out) {
        int hb = m * size;
        long la = 1L << a;
        for (int f = 0; f < size; f++) {
            long mask = masks[hb + f];
            int off = offset[hb + f];
            int k = explicit[hb + f];
            double v;
            if ((mask & la) != 0) {
                int i = Long.bitCount(mask & (la - 1));
                v = values[off + (i * (i + 3) >>> 1)];
            } else {
                int h = off + ((k + 1) * (k + 2) >>> 1) + k + 2;
                v = values[h] + ipa * (values[h + 1] + ipa * values[h + 2]);
            }
            lr[out + f] *= v;
        }
    }

    /** Call a/a with dropout ratio t: (r(a/a) + t·S(a)/p²) / D (see {@link RemainsBatch}). */
    private void homozygousWithDropout(int m, int a, double ipa, double t, double invD, double[] lr, int out) {
        int hb = m * size;
        long la = 1L << a;
        for (int f = 0; f < size; f++) {
            long mask = masks[hb + f];
            int off = offset[hb + f];
            int k = explicit[hb + f];
            int e = off + ((k + 1) * (k + 2) >>> 1);
            double hom;
            double sum;
            if ((mask & la) != 0) {
                int i = Long.bitCount(mask & (la - 1));
                hom = values[off + (i * (i + 3) >>> 1)];
                sum = values[e + k + 5 + i];
            } else {
                int h = e + k + 2;
                hom = values[h] + ipa * (values[h + 1] + ipa * values[h + 2]);
                int s = e + 2 * k + 5;
                sum = values[s] + ipa * (values[s + 1] + ipa * values[s + 2]);
            }
            lr[out + f] *= (hom + t * sum) * invD;
        }
    }

    /** The LR of remains {@code r} of {@code chunk} against family {@code f}: the product over markers. */
    double score(int f, RemainsBatch chunk, int r) {
        double lr = 1;
        int base = r * loci;
        for (int m = 0; m < loci; m++) {
            if (chunk.a[base + m] >= 0) {
                lr *= ratio(f, m, chunk, base + m);
            }
        }
        return lr;
    }

    /** The exact per-pair figures reported for a candidate. */
    PairDetail detail(int f, RemainsBatch chunk, int r) {
        double lr = 1;
        double log10 = 0;
        int compared = 0;
        int excluded = 0;
        int base = r * loci;
        for (int m = 0; m < loci; m++) {
            int rm = base + m;
            if (chunk.a[rm] < 0) {
                continue;
            }
            double v = ratio(f, m, chunk, rm);
            lr *= v;
            log10 += Math.log10(v);
            int fm = m * size + f;
            if ((hasData[fm >>> 6] >>> (fm & 63) & 1L) != 0) {
                compared++;
                if (!compatible(f, m, chunk, rm)) {
                    excluded++;
                }
            }
        }
        return new PairDetail(lr, log10, compared, excluded);
    }

    /** The ratio at one marker, for any number of mask words (the reference the fast loops follow). */
    private double ratio(int f, int m, RemainsBatch c, int rm) {
        int fm = m * size + f;
        int off = offset[fm];
        int k = explicit[fm];
        int a = c.a[rm];
        int b = c.b[rm];
        int i = slot(f, m, a, k);
        int t = (k + 1) * (k + 2) / 2;
        if (a == b) {
            double ip = c.ipa[rm];
            double hom;
            double sum;
            if (i < k) {
                hom = values[off + i * (i + 1) / 2 + i];
                sum = values[off + t + k + 5 + i];
            } else {
                int h = off + t + k + 2;
                hom = values[h] + ip * (values[h + 1] + ip * values[h + 2]);
                int s = off + t + 2 * k + 5;
                sum = values[s] + ip * (values[s + 1] + ip * values[s + 2]);
            }
            return (hom + c.t[rm] * sum) * c.invD[rm];
        }
        int j = slot(f, m, b, k);
        if (j < k) {
            return i < k ? values[off + j * (j + 1) / 2 + i]
                    : values[off + k * (k + 1) / 2 + j] + values[off + t + j] * c.ipa[rm];
        }
        if (i < k) {
            return values[off + k * (k + 1) / 2 + i] + values[off + t + i] * c.ipb[rm];
        }
        double ipa = c.ipa[rm];
        double ipb = c.ipb[rm];
        return values[off + t - 1] + values[off + t + k] * (ipa + ipb) + values[off + t + k + 1] * (ipa * ipb);
    }

    /** The explicit slot of allele {@code a} (its rank among the family's explicit alleles), or k when unseen. */
    private int slot(int f, int m, int a, int k) {
        int w = maskBase[m] + f * words[m];
        int word = a >>> 6;
        long bits = masks[w + word];
        if ((bits >>> (a & 63) & 1L) == 0) {
            return k;
        }
        int rank = Long.bitCount(bits & ((1L << (a & 63)) - 1));
        for (int x = 0; x < word; x++) {
            rank += Long.bitCount(masks[w + x]);
        }
        return rank;
    }

    private boolean compatible(int f, int m, RemainsBatch c, int rm) {
        int fm = m * size + f;
        int off = offset[fm];
        int k = explicit[fm];
        int a = c.a[rm];
        int b = c.b[rm];
        boolean dropout = c.t[rm] > 0;
        int i = slot(f, m, a, k);
        int j = slot(f, m, b, k);
        int t = (k + 1) * (k + 2) / 2;
        int pos;
        if (a == b && dropout) {
            pos = off + (i < k ? t + k + 5 + i : t + 2 * k + 5);
        } else if (a == b && i == k) {
            pos = off + t + k + 2;
        } else {
            pos = off + Math.max(i, j) * (Math.max(i, j) + 1) / 2 + Math.min(i, j);
        }
        return (compatible[pos >>> 6] >>> (pos & 63) & 1L) != 0;
    }

    /** Exact figures of one pair. */
    record PairDetail(double lr, double log10Lr, int loci, int excluded) {
    }
}
