package org.homecoming.kinship.lineage;

/**
 * The verdict of comparing two lineage profiles (Y-STR haplotypes or mtDNA sequences), in the
 * words of the SWGDAM interpretation guidelines.
 *
 * <p>{@code YStrComparison.of(a, b).conclusion() == LineageConclusion.CANNOT_EXCLUDE}
 */
public enum LineageConclusion {
    /** The profiles agree: the two can share a lineage and the match is weighed by its frequency. */
    CANNOT_EXCLUDE,
    /** The profiles differ by no more than a few mutations would explain: reported without an LR. */
    INCONCLUSIVE,
    /** The profiles differ too much to share a lineage: the lineage LR is 0. */
    EXCLUSION
}
