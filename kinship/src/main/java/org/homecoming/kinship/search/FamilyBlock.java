package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;

/**
 * A block of compiled families in flat arrays, marker-major (all families' data for marker 0, then
 * marker 1, ...). Immutable once built; blocks share nothing, so any worker (or a cluster executor)
 * can score one against any chunk of remains.
 *
 * <p>Scoring a chunk of remains is two steps. {@link #expand} computes, for every family of the
 * block and every distinct call the chunk makes at each marker, the ratio r(call) from the compact
 * tables (a thousand remains make a few thousand distinct calls over 23 markers, against 23 000
 * remains-markers); {@link #product} then multiplies, per remains, one row of 64 ratios per marker,
 * a loop the JIT turns into vector multiplications. Both read the same {@link #ratio} as the
 * reported figures ({@link #detail}) and multiply in marker order, so a ranked LR and a reported LR
 * are the same double.
 *
 * <p>Layout of a family's marker values: {@link MarkerCompiler}. Slot {@code k} stands for "an
 * allele the family has not seen"; an explicit allele's slot is its rank among the family's
 * explicit alleles (a popcount of the mask below it). A <em>triangle</em> family-marker keeps only
 * its triangle: a lumped one (no mutation or a proportional model: explicit slots and one for every
 * unseen allele) or one where every allele is explicit (stepwise mutation: no unseen slot); its
 * dropout sums follow from the triangle and the frequencies ({@link #triangleDropoutSum}). Offsets are not stored: a family's values at a marker
 * follow those of the families before it, so the expansion walks them in order and the reported
 * figures compute them once per block ({@link #offsets}).
 */
final class FamilyBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int size;
    private final int loci;
    private final int[] words;
    private final int[] maskBase;
    private final long[] masks;
    private final long[] hasData;
    /** Per family-marker: only the triangle is kept ({@link CompiledMarker#triangle}). */
    private final long[] triangle;
    /** Per marker: where its values start; the last entry is the total. */
    private final int[] markerStart;
    private final double[] values;
    private final long[] compatible;
    /** Allele frequencies per marker, shared with the index (not counted in {@link #bytes}). */
    private final double[][] freqs;
    /** Per family: {@link Sexes} code of its missing person. */
    private final byte[] missingSex;
    private final long bytes;

    FamilyBlock(List<CompiledMarker[]> families, byte[] missingSex, double[][] freqs) {
        this.size = families.size();
        this.missingSex = missingSex.clone();
        this.loci = freqs.length;
        this.freqs = freqs;
        this.words = new int[loci];
        this.maskBase = new int[loci];
        int totalWords = 0;
        for (int m = 0; m < loci; m++) {
            words[m] = (freqs[m].length + 63) >>> 6;
            maskBase[m] = totalWords;
            totalWords += size * words[m];
        }
        this.masks = new long[totalWords];
        this.hasData = new long[(size * loci + 63) >>> 6];
        this.triangle = new long[(size * loci + 63) >>> 6];
        this.markerStart = new int[loci + 1];
        long total = 0;
        for (CompiledMarker[] f : families) {
            for (CompiledMarker cm : f) {
                total += cm.values().length;
            }
        }
        if (total > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("a block of " + size + " families is too large: " + total + " values");
        }
        this.values = new double[(int) total];
        this.compatible = new long[(int) ((total + 63) >>> 6)];
        int pos = 0;
        for (int m = 0; m < loci; m++) {
            markerStart[m] = pos;
            for (int f = 0; f < size; f++) {
                CompiledMarker cm = families.get(f)[m];
                if (cm.values().length != length(cm.k(), freqs[m].length, cm.triangle())) {
                    throw new IllegalArgumentException("marker " + m + ": " + cm.values().length + " values for "
                            + cm.k() + " explicit alleles");
                }
                int fm = m * size + f;
                if (cm.hasData()) {
                    hasData[fm >>> 6] |= 1L << (fm & 63);
                }
                if (cm.triangle()) {
                    triangle[fm >>> 6] |= 1L << (fm & 63);
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
        markerStart[loci] = pos;
        this.bytes = 8L * values.length + 8L * compatible.length + 8L * masks.length + 16L * hasData.length
                + 4L * (markerStart.length + 2L * loci) + size;
    }

    /** Compiles {@code families} (at most a block's worth) at {@code loci}, whose frequencies are {@code freqs}. */
    static FamilyBlock compile(List<SearchFamily> families, List<Locus> loci, LikelihoodOptions options, double[][] freqs) {
        List<CompiledMarker[]> compiled = new ArrayList<>(families.size());
        byte[] sexes = new byte[families.size()];
        for (int i = 0; i < families.size(); i++) {
            SearchFamily f = families.get(i);
            compiled.add(FamilyCompiler.compile(f, loci, options));
            sexes[i] = Sexes.code(f.pedigree().sex(f.pedigree().indexOf(f.missing())));
        }
        return new FamilyBlock(compiled, sexes, freqs);
    }

    /**
     * Values of a family-marker with k explicit alleles out of n: the triangle over the explicit
     * slots and the unseen slot (without it when every allele is explicit), and the closed forms
     * unless the marker keeps its triangle only.
     */
    static int length(int k, int n, boolean triangle) {
        if (triangle && k == n) {
            return k * (k + 1) / 2;
        }
        int t = (k + 1) * (k + 2) / 2;
        return triangle ? t : t + 2 * k + 8;
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

    /**
     * Fills {@code dense[g * size() + f]} with the ratio of family f for the chunk's distinct call g
     * ({@link RemainsBatch#key}), for every family of the block and every call.
     */
    void expand(RemainsBatch chunk, double[] dense) {
        int[] off = new int[size];
        int[] ks = new int[size];
        int alleles = 0;
        for (double[] p : freqs) {
            alleles = Math.max(alleles, p.length);
        }
        // scratch of the triangle markers, allocated once per expansion, not per marker
        byte[] slots = new byte[alleles * size];
        double[] w = new double[(alleles + 1) * size];
        for (int m = 0; m < loci; m++) {
            int from = chunk.keyStart[m];
            int to = chunk.keyStart[m + 1];
            if (from == to) {
                continue;
            }
            boolean allTriangles = words[m] == 1;
            int pos = markerStart[m];
            for (int f = 0; f < size; f++) {
                off[f] = pos;
                ks[f] = explicitCount(f, m);
                boolean triangleOnly = bit(triangle, m * size + f);
                allTriangles &= triangleOnly;
                pos += length(ks[f], freqs[m].length, triangleOnly);
            }
            if (allTriangles) {
                expandTriangles(chunk, m, from, to, off, ks, slots, w, dense);
                continue;
            }
            for (int g = from; g < to; g++) {
                int rm = chunk.keyCall[g];
                for (int f = 0; f < size; f++) {
                    dense[g * size + f] = ratio(f, m, off[f], ks[f], bit(triangle, m * size + f), chunk, rm);
                }
            }
        }
    }

    /**
     * {@link #expand} at a marker where every family keeps its triangle only and has one mask word: each family's
     * slot of each allele is looked up once ({@code slots}, allele-major), then a call without
     * dropout is one look-up in each family's triangle, the 64 families side by side; calls with
     * dropout are computed in full, from each family's W computed once ({@code w}, family-major).
     */
    private void expandTriangles(RemainsBatch chunk, int m, int from, int to, int[] off, int[] ks, byte[] slots, double[] w,
            double[] dense) {
        int n = freqs[m].length;
        for (int f = 0; f < size; f++) {
            long mask = masks[maskBase[m] + f];
            byte unseen = (byte) ks[f];
            int rank = 0;
            for (int x = 0; x < n; x++) {
                slots[x * size + f] = (mask >>> x & 1L) != 0 ? (byte) rank++ : unseen;
            }
        }
        boolean weighed = false;
        int stride = n + 1;
        for (int g = from; g < to; g++) {
            int rm = chunk.keyCall[g];
            if (chunk.t[rm] != 0) {
                if (!weighed) {
                    weighed = true;
                    for (int f = 0; f < size; f++) {
                        dropoutWeights(f, m, off[f], ks[f], w, f * stride);
                    }
                }
                triangleDropout(slots, chunk.a[rm] * size, chunk.ipa[rm], chunk.t[rm], chunk.invD[rm], off, ks, w, stride,
                        dense, g * size);
                continue;
            }
            int sa = chunk.a[rm] * size;
            int sb = chunk.b[rm] * size;
            int out = g * size;
            for (int f = 0; f < size; f++) {
                int i = slots[sa + f];
                int j = slots[sb + f];
                int hi = Math.max(i, j);
                dense[out + f] = values[off[f] + (hi * (hi + 1) >>> 1) + Math.min(i, j)];
            }
        }
    }

    /**
     * Sets {@code row[f]} to the LR of remains r of {@code chunk} against family f of a block of
     * {@code stride} families whose expansion for the chunk is {@code dense}: the product over the
     * called markers, in marker order.
     */
    static void product(RemainsBatch chunk, int r, int loci, double[] dense, int stride, double[] row) {
        int base = r * loci;
        int f = 0;
        for (; f + 8 <= stride; f += 8) {
            // eight products in registers: the JIT does not vectorise row[f] *= dense[o + f] (it cannot
            // tell the two arrays apart), and eight independent chains hide the multiplier's latency
            double p0 = 1.0;
            double p1 = 1.0;
            double p2 = 1.0;
            double p3 = 1.0;
            double p4 = 1.0;
            double p5 = 1.0;
            double p6 = 1.0;
            double p7 = 1.0;
            for (int m = 0; m < loci; m++) {
                int g = chunk.key[base + m];
                if (g < 0) {
                    continue;
                }
                int o = g * stride + f;
                p0 *= dense[o];
                p1 *= dense[o + 1];
                p2 *= dense[o + 2];
                p3 *= dense[o + 3];
                p4 *= dense[o + 4];
                p5 *= dense[o + 5];
                p6 *= dense[o + 6];
                p7 *= dense[o + 7];
            }
            row[f] = p0;
            row[f + 1] = p1;
            row[f + 2] = p2;
            row[f + 3] = p3;
            row[f + 4] = p4;
            row[f + 5] = p5;
            row[f + 6] = p6;
            row[f + 7] = p7;
        }
        for (; f < stride; f++) {
            double p = 1.0;
            for (int m = 0; m < loci; m++) {
                int g = chunk.key[base + m];
                if (g >= 0) {
                    p *= dense[g * stride + f];
                }
            }
            row[f] = p;
        }
    }

    /**
     * Where each family's values start at each marker ({@code m * size() + f}): what {@link #detail}
     * needs, computed once for all the block's reported pairs instead of per pair.
     */
    int[] offsets() {
        int[] out = new int[loci * size];
        for (int m = 0; m < loci; m++) {
            int pos = markerStart[m];
            for (int f = 0; f < size; f++) {
                out[m * size + f] = pos;
                pos += length(explicitCount(f, m), freqs[m].length, bit(triangle, m * size + f));
            }
        }
        return out;
    }

    /** The exact per-pair figures reported for a candidate ({@code offsets} from {@link #offsets}). */
    PairDetail detail(int f, RemainsBatch chunk, int r, int[] offsets) {
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
            int off = offsets[m * size + f];
            int k = explicitCount(f, m);
            boolean triangleOnly = bit(triangle, m * size + f);
            double v = ratio(f, m, off, k, triangleOnly, chunk, rm);
            lr *= v;
            log10 += Math.log10(v);
            if (bit(hasData, m * size + f)) {
                compared++;
                if (!compatible(f, m, off, k, triangleOnly, chunk, rm)) {
                    excluded++;
                }
            }
        }
        return new PairDetail(lr, log10, compared, excluded);
    }

    /** The ratio r(call) of one family-marker whose values start at {@code off}, for the call at {@code rm}. */
    private double ratio(int f, int m, int off, int k, boolean triangleOnly, RemainsBatch c, int rm) {
        int a = c.a[rm];
        int b = c.b[rm];
        int i = slot(f, m, a, k);
        if (a == b) {
            double hom;
            double sum;
            if (triangleOnly) {
                hom = values[off + (i * (i + 3) >>> 1)];
                if (c.t[rm] == 0) {
                    return hom * c.invD[rm];
                }
                sum = triangleDropoutSum(f, m, off, k, i, c.ipa[rm]);
            } else {
                double ip = c.ipa[rm];
                int t = (k + 1) * (k + 2) / 2;
                if (i < k) {
                    hom = values[off + i * (i + 1) / 2 + i];
                    sum = values[off + t + k + 5 + i];
                } else {
                    int h = off + t + k + 2;
                    hom = values[h] + ip * (values[h + 1] + ip * values[h + 2]);
                    int s = off + t + 2 * k + 5;
                    sum = values[s] + ip * (values[s + 1] + ip * values[s + 2]);
                }
            }
            return (hom + c.t[rm] * sum) * c.invD[rm];
        }
        int j = slot(f, m, b, k);
        if (triangleOnly) {
            return values[off + (Math.max(i, j) * (Math.max(i, j) + 1) >>> 1) + Math.min(i, j)];
        }
        int t = (k + 1) * (k + 2) / 2;
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

    /**
     * S(a)/p_a² of a triangle family-marker, S(a) = Σ_{y≠a} P(MP = a/y | refs), from its triangle T:
     * P(MP = E_i/E_j) = 2 p_i p_j T[i,j] and P(MP = E_i/x) = 2 p_i p_x T[i,k] for an unseen x, so
     * with W_i = Σ_{j≠i} T[i,j] p_j + T[i,k] U (U the unseen alleles' total frequency), S/p² =
     * 2 W_i / p_i for explicit a = E_i and −2T[k,k] + 2 W_k / p_a for unseen a. With every allele
     * explicit there is no unseen slot (U = 0).
     */
    private double triangleDropoutSum(int f, int m, int off, int k, int i, double ipa) {
        double[] w = new double[k + 1];
        dropoutWeights(f, m, off, k, w, 0);
        return dropoutSum(w[i], off, k, i, ipa);
    }

    /** 2 W_i / p_a for an explicit slot i; the unseen slot (i = k) subtracts its homozygote 2T[k,k]. */
    private double dropoutSum(double w, int off, int k, int i, double ipa) {
        return i < k ? 2 * w * ipa : -2 * values[off + tri(k, k)] + 2 * w * ipa;
    }

    /** W_0..W_k of {@link #triangleDropoutSum} into {@code w[at..at+k]}, alleles summed in index order. */
    private void dropoutWeights(int f, int m, int off, int k, double[] w, int at) {
        double[] p = freqs[m];
        double u = 0;
        Arrays.fill(w, at, at + k + 1, 0.0);
        int base = maskBase[m] + f * words[m];
        int last = lastSlot(k, m);
        int slot = 0;
        for (int x = 0; x < p.length; x++) {
            if ((masks[base + (x >>> 6)] >>> (x & 63) & 1L) == 0) {
                u += p[x];
                continue;
            }
            for (int i = 0; i <= last; i++) {
                if (i != slot) {
                    w[at + i] += values[off + tri(slot, i)] * p[x];
                }
            }
            slot++;
        }
        if (last == k) {
            for (int i = 0; i <= k; i++) {
                w[at + i] += values[off + tri(i, k)] * u;
            }
        }
    }

    /**
     * {@link #ratio} for a homozygous call a/a with dropout ratio t at a marker where every family
     * keeps its triangle only, given each family's slot of a at {@code slots[sa + f]} and its W ({@link #dropoutWeights})
     * at {@code w[f * stride]}.
     */
    private void triangleDropout(byte[] slots, int sa, double ipa, double t, double invD, int[] off, int[] ks, double[] w,
            int stride, double[] dense, int out) {
        for (int f = 0; f < size; f++) {
            int k = ks[f];
            int i = slots[sa + f];
            double hom = values[off[f] + (i * (i + 3) >>> 1)];
            double sum = dropoutSum(w[f * stride + i], off[f], k, i, ipa);
            dense[out + f] = (hom + t * sum) * invD;
        }
    }

    /** The last slot of a family-marker with k explicit alleles: the unseen slot k, unless every allele is explicit. */
    private int lastSlot(int k, int m) {
        return k == freqs[m].length ? k - 1 : k;
    }

    private static int tri(int i, int j) {
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        return (hi * (hi + 1) >>> 1) + lo;
    }

    private int explicitCount(int f, int m) {
        int w = maskBase[m] + f * words[m];
        int k = 0;
        for (int x = 0; x < words[m]; x++) {
            k += Long.bitCount(masks[w + x]);
        }
        return k;
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

    private static boolean bit(long[] bits, int i) {
        return (bits[i >>> 6] >>> (i & 63) & 1L) != 0;
    }

    /**
     * Whether the call is possible without mutation. A triangle family-marker's homozygous call with
     * dropout is when any genotype carrying its allele is (the call may hide a second allele).
     */
    private boolean compatible(int f, int m, int off, int k, boolean triangleOnly, RemainsBatch c, int rm) {
        int a = c.a[rm];
        int b = c.b[rm];
        boolean dropout = c.t[rm] > 0;
        int i = slot(f, m, a, k);
        int j = slot(f, m, b, k);
        if (triangleOnly && a == b && dropout) {
            int last = lastSlot(k, m);
            for (int y = 0; y <= last; y++) {
                if (bit(compatible, off + tri(i, y))) {
                    return true;
                }
            }
            return false;
        }
        int t = (k + 1) * (k + 2) / 2;
        int pos;
        if (!triangleOnly && a == b && dropout) {
            pos = off + (i < k ? t + k + 5 + i : t + 2 * k + 5);
        } else if (!triangleOnly && a == b && i == k) {
            pos = off + t + k + 2;
        } else {
            pos = off + tri(i, j);
        }
        return bit(compatible, pos);
    }

    /** Exact figures of one pair. */
    record PairDetail(double lr, double log10Lr, int loci, int excluded) implements Serializable {
    }
}
