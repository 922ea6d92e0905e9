package org.homecoming.kinship.locus;

/**
 * Numbers the unordered genotypes of a marker: genotype {a, b} with allele indices a ≤ b has index
 * b(b+1)/2 + a, so the numbering does not depend on the number of alleles.
 *
 * <p>{@code GenotypeIndex.index(0, 0) == 0; GenotypeIndex.index(0, 1) == 1; GenotypeIndex.index(1, 1) == 2;
 * GenotypeIndex.count(3) == 6}
 */
public final class GenotypeIndex {

    private GenotypeIndex() {
    }

    /** The number of unordered genotypes over {@code nAlleles} alleles: n(n+1)/2. */
    public static int count(int nAlleles) {
        if (nAlleles < 0) {
            throw new IllegalArgumentException("number of alleles must be non-negative: " + nAlleles);
        }
        return nAlleles * (nAlleles + 1) / 2;
    }

    /** The index of genotype {a, b}; the order of {@code a} and {@code b} does not matter. */
    public static int index(int a, int b) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("allele indices must be non-negative: " + a + ", " + b);
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return hi * (hi + 1) / 2 + lo;
    }

    /** The allele indices {a, b} (a ≤ b) of genotype index {@code g}. */
    public static int[] alleles(int g) {
        if (g < 0) {
            throw new IllegalArgumentException("genotype index must be non-negative: " + g);
        }
        int hi = (int) ((Math.sqrt(8.0 * g + 1) - 1) / 2);
        while (hi * (hi + 1) / 2 > g) {
            hi--;
        }
        while ((hi + 1) * (hi + 2) / 2 <= g) {
            hi++;
        }
        return new int[] {g - hi * (hi + 1) / 2, hi};
    }
}
