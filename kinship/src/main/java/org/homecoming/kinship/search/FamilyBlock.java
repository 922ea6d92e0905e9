package org.homecoming.kinship.search;

import java.util.List;

/**
 * A block of compiled families in flat arrays, sized to stay in cache while a chunk of remains is
 * compared against it. Immutable once built; blocks share nothing, so any worker (or a cluster
 * executor) can score one against any chunk of remains.
 */
final class FamilyBlock {

    private final int size;
    private final int loci;
    private final int[] alleles;
    private final int[] wordOffset;
    private final int wordsPerFamily;
    private final byte[] kind;
    private final boolean[] hasData;
    private final byte[] explicitCount;
    private final int[] offset;
    private final long[] masks;
    private final double[] values;
    private final long[] compatible;
    private final long bytes;
    /** Single-word loci only: per family-marker {@code kind << 30 | k << 24 | offset}, and the mask. */
    private final int[] header;
    private final long[] mask1;
    private final boolean singleWord;

    FamilyBlock(List<CompiledMarker[]> families, int[] alleles) {
        this.size = families.size();
        this.loci = alleles.length;
        this.alleles = alleles.clone();
        this.wordOffset = new int[loci];
        int words = 0;
        for (int m = 0; m < loci; m++) {
            wordOffset[m] = words;
            words += (alleles[m] + 63) >>> 6;
        }
        this.wordsPerFamily = words;
        this.kind = new byte[size * loci];
        this.hasData = new boolean[size * loci];
        this.explicitCount = new byte[size * loci];
        this.offset = new int[size * loci];
        this.masks = new long[size * words];
        int total = 0;
        long b = 0;
        for (CompiledMarker[] f : families) {
            for (CompiledMarker cm : f) {
                total += cm.values().length;
                b += cm.bytes();
            }
        }
        this.values = new double[total];
        this.compatible = new long[(total + 63) >>> 6];
        this.bytes = b + 4L * loci;
        boolean single = pos0(alleles);
        this.header = new int[size * loci];
        this.mask1 = new long[single ? size * loci : 0];
        int pos = 0;
        for (int f = 0; f < size; f++) {
            for (int m = 0; m < loci; m++) {
                CompiledMarker cm = families.get(f)[m];
                int fm = f * loci + m;
                kind[fm] = cm.kind();
                hasData[fm] = cm.hasData();
                explicitCount[fm] = (byte) cm.k();
                offset[fm] = pos;
                System.arraycopy(cm.mask(), 0, masks, f * words + wordOffset[m], cm.mask().length);
                System.arraycopy(cm.values(), 0, values, pos, cm.values().length);
                for (int i = 0; i < cm.compatible().length; i++) {
                    if (cm.compatible()[i]) {
                        compatible[(pos + i) >>> 6] |= 1L << ((pos + i) & 63);
                    }
                }
                if (cm.k() > 63 || pos > 0xFFFFFF) {
                    single = false;
                }
                header[fm] = cm.kind() << 30 | cm.k() << 24 | pos;
                if (single) {
                    mask1[fm] = cm.mask().length > 0 ? cm.mask()[0] : 0;
                }
                pos += cm.values().length;
            }
        }
        this.singleWord = single;
    }

    private static boolean pos0(int[] alleles) {
        for (int n : alleles) {
            if (n > 64) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    /** Heap bytes of the compiled data, per family on average. */
    long bytes() {
        return bytes;
    }

    /** The LR of remains {@code r} of {@code chunk} against family {@code f}: the product over markers. */
    double score(int f, RemainsBatch chunk, int r) {
        if (singleWord) {
            return scoreSingleWord(f, chunk, r);
        }
        double lr = 1;
        int base = r * loci;
        for (int m = 0; m < loci; m++) {
            int a = chunk.a[base + m];
            if (a >= 0) {
                lr *= ratio(f, m, chunk, base + m);
            }
        }
        return lr;
    }

    /**
     * The hot loop when every locus has at most 64 alleles: the same values as {@link #ratio} with
     * the seen/unseen cases folded into index arithmetic and selects instead of branches (an unseen
     * allele's slot is k, and the 1/p terms are multiplied by zero when an allele is seen).
     */
    private double scoreSingleWord(int f, RemainsBatch c, int r) {
        double lr = 1;
        int base = r * loci;
        int fbase = f * loci;
        int[] ab = c.ab;
        double[] rd = c.rd;
        for (int m = 0; m < loci; m++) {
            int call = ab[base + m];
            if (call < 0) {
                continue;
            }
            int h = header[fbase + m];
            int kd = h >>> 30;
            if (kd == CompiledMarker.NONE) {
                continue;
            }
            int a = call & 0xFFFF;
            int b = call >>> 16;
            int rm = (base + m) << 2;
            if (kd == CompiledMarker.DENSE) {
                lr *= ratio(f, m, c, base + m);
                continue;
            }
            int off = h & 0xFFFFFF;
            int k = (h >>> 24) & 63;
            int t = (k + 1) * (k + 2) / 2;
            long mask = mask1[fbase + m];
            long la = 1L << a;
            boolean sa = (mask & la) != 0;
            int i = sa ? Long.bitCount(mask & (la - 1)) : k;
            double ipa = rd[rm];
            if (a == b) {
                double hom = sa ? values[off + i * (i + 1) / 2 + i]
                        : values[off + t + k + 2] + ipa * (values[off + t + k + 3] + ipa * values[off + t + k + 4]);
                int s = off + t + 2 * k + 5;
                double sum = sa ? values[off + t + k + 5 + i] : values[s] + ipa * (values[s + 1] + ipa * values[s + 2]);
                lr *= (hom + rd[rm + 2] * sum) * rd[rm + 3];
                continue;
            }
            long lb = 1L << b;
            boolean sb = (mask & lb) != 0;
            int j = sb ? Long.bitCount(mask & (lb - 1)) : k;
            double ipb = rd[rm + 1];
            int lo = Math.min(i, j);
            int hi = Math.max(i, j);
            double w1 = (sa ? 0 : ipa) + (sb ? 0 : ipb);
            double w2 = sa | sb ? 0 : ipa * ipb;
            lr *= values[off + hi * (hi + 1) / 2 + lo] + values[off + t + lo] * w1 + values[off + t + k + 1] * w2;
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
            if (hasData[f * loci + m]) {
                compared++;
                if (!compatible(f, m, chunk, rm)) {
                    excluded++;
                }
            }
        }
        return new PairDetail(lr, log10, compared, excluded);
    }

    private double ratio(int f, int m, RemainsBatch c, int rm) {
        int fm = f * loci + m;
        byte kd = kind[fm];
        if (kd == CompiledMarker.NONE) {
            return 1;
        }
        int off = offset[fm];
        int a = c.a[rm];
        int b = c.b[rm];
        if (kd == CompiledMarker.DENSE) {
            if (a != b) {
                return values[off + b * (b + 1) / 2 + a];
            }
            int n = alleles[m];
            return (values[off + b * (b + 1) / 2 + a] + c.t[rm] * values[off + n * (n + 1) / 2 + a]) * c.invD[rm];
        }
        int k = explicitCount[fm];
        int w = f * wordsPerFamily + wordOffset[m];
        int i = slot(w, a, k);
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
        int j = slot(w, b, k);
        if (j < k) {
            return i < k ? values[off + j * (j + 1) / 2 + i]
                    : values[off + k * (k + 1) / 2 + j] + values[off + t + j] * c.ipa[rm];
        }
        if (i < k) {
            return values[off + k * (k + 1) / 2 + i] + values[off + t + i] * c.ipb[rm];
        }
        double ipa = c.ipa[rm];
        double ipb = c.ipb[rm];
        return values[off + t - 1] + values[off + t + k] * (ipa + ipb) + values[off + t + k + 1] * ipa * ipb;
    }

    /** The explicit slot of allele {@code a} (its rank among the family's alleles), or k when unseen. */
    private int slot(int w, int a, int k) {
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
        int fm = f * loci + m;
        byte kd = kind[fm];
        if (kd == CompiledMarker.NONE) {
            return true;
        }
        int off = offset[fm];
        int a = c.a[rm];
        int b = c.b[rm];
        boolean dropout = c.t[rm] > 0;
        int pos;
        if (kd == CompiledMarker.DENSE) {
            int n = alleles[m];
            pos = a == b && dropout ? off + n * (n + 1) / 2 + a : off + b * (b + 1) / 2 + a;
        } else {
            int k = explicitCount[fm];
            int w = f * wordsPerFamily + wordOffset[m];
            int i = slot(w, a, k);
            int j = slot(w, b, k);
            int t = (k + 1) * (k + 2) / 2;
            if (a == b && dropout) {
                pos = off + (i < k ? t + k + 5 + i : t + 2 * k + 5);
            } else if (a == b && i == k) {
                pos = off + t + k + 2;
            } else {
                pos = off + Math.max(i, j) * (Math.max(i, j) + 1) / 2 + Math.min(i, j);
            }
        }
        return (compatible[pos >>> 6] >>> (pos & 63) & 1L) != 0;
    }

    /** Exact figures of one pair. */
    record PairDetail(double lr, double log10Lr, int loci, int excluded) {
    }
}
