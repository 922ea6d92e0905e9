package org.homecoming.kinship.lineage;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of one lineage comparison as it enters an identification: the verdict, the
 * haplotype's frequency when it matched, and the LR it contributes.
 *
 * <p>{@code LineageResult.of(LineageMarker.Y_STR, comparison.conclusion(), frequency)}
 *
 * <p>The LR is 1 / (upper bound of the frequency) for {@link LineageConclusion#CANNOT_EXCLUDE},
 * 0 for an {@link LineageConclusion#EXCLUSION}, and absent for {@link
 * LineageConclusion#INCONCLUSIVE}: as SWGDAM advises, an inconclusive comparison carries no
 * statistic, so it neither strengthens nor weakens the autosomal evidence (see {@link
 * CombinedLr}).
 */
public record LineageResult(LineageMarker marker, LineageConclusion conclusion,
        Optional<HaplotypeFrequency> frequency) {

    public LineageResult {
        if (conclusion == LineageConclusion.CANNOT_EXCLUDE && frequency.isEmpty()) {
            throw new IllegalArgumentException("a " + marker + " match needs a haplotype frequency");
        }
    }

    public static LineageResult of(LineageMarker marker, LineageConclusion conclusion, HaplotypeFrequency frequency) {
        return new LineageResult(marker, conclusion, Optional.of(frequency));
    }

    /** A verdict without a frequency: an exclusion or an inconclusive comparison. */
    public static LineageResult of(LineageMarker marker, LineageConclusion conclusion) {
        return new LineageResult(marker, conclusion, Optional.empty());
    }

    /**
     * The result of a Y-STR comparison; the frequency of {@code evidence} (the haplotype of the
     * remains) is counted in {@code reference} only when the two cannot be excluded.
     */
    public static LineageResult ofY(YStrComparison comparison, YHaplotype evidence, Collection<YHaplotype> reference) {
        return comparison.conclusion() == LineageConclusion.CANNOT_EXCLUDE
                ? of(LineageMarker.Y_STR, comparison.conclusion(), evidence.frequencyIn(reference))
                : of(LineageMarker.Y_STR, comparison.conclusion());
    }

    /** The result of an mtDNA comparison, counted as {@link #ofY} counts. */
    public static LineageResult ofMito(MitoComparison comparison, MitoProfile evidence, Collection<MitoProfile> reference) {
        return comparison.conclusion() == LineageConclusion.CANNOT_EXCLUDE
                ? of(LineageMarker.MTDNA, comparison.conclusion(), evidence.frequencyIn(reference))
                : of(LineageMarker.MTDNA, comparison.conclusion());
    }

    /** The LR this comparison contributes; empty when inconclusive. */
    public OptionalDouble likelihoodRatio() {
        return switch (conclusion) {
            case CANNOT_EXCLUDE -> OptionalDouble.of(frequency.orElseThrow().likelihoodRatio());
            case EXCLUSION -> OptionalDouble.of(0);
            case INCONCLUSIVE -> OptionalDouble.empty();
        };
    }
}
