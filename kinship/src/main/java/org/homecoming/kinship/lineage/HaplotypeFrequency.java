package org.homecoming.kinship.lineage;

import org.homecoming.kinship.lineage.ClopperPearson.Sides;

/**
 * How common a lineage haplotype is, counted in a reference set: x matches among N, the point
 * estimate x/N and an exact upper confidence bound, whose reciprocal is the lineage LR.
 *
 * <p>{@code HaplotypeFrequency.of(0, 100).upperBound()} is 1 − 0.05<sup>1/100</sup> = 0.029513, so
 * {@code likelihoodRatio()} is 33.883.
 *
 * <p>The default bound is the one-sided 95% Clopper–Pearson upper bound, as the SWGDAM Y-STR and
 * mtDNA guidelines recommend (for x = 0 it reduces to 1 − α<sup>1/N</sup>); the upper bound rather
 * than x/N is used because a haplotype is rare in any reference set of a few thousand and x/N would
 * overstate a match (x = 0 would even give an infinite LR).
 *
 * @param matches x, the reference profiles that match
 * @param size N, the reference profiles that could be compared
 * @param alpha 1 − the confidence level
 * @param sides whether α is spent on the upper tail alone
 */
public record HaplotypeFrequency(int matches, int size, double alpha, Sides sides) {

    public static final double DEFAULT_ALPHA = 0.05;

    public HaplotypeFrequency {
        ClopperPearson.upperBound(matches, size, alpha, sides);
    }

    /** x of N with the one-sided 95% upper bound. */
    public static HaplotypeFrequency of(int matches, int size) {
        return new HaplotypeFrequency(matches, size, DEFAULT_ALPHA, Sides.ONE_SIDED);
    }

    /** x / N. */
    public double estimate() {
        return (double) matches / size;
    }

    public double upperBound() {
        return ClopperPearson.upperBound(matches, size, alpha, sides);
    }

    /** 1 / {@link #upperBound()}: the weight of a lineage match, conservative by construction. */
    public double likelihoodRatio() {
        return 1 / upperBound();
    }

    public HaplotypeFrequency withBound(double alpha, Sides sides) {
        return new HaplotypeFrequency(matches, size, alpha, sides);
    }
}
