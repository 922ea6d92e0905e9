package org.homecoming.kinship.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The comparison of two Y-STR haplotypes over the loci typed in both: per-locus repeat
 * differences, their totals, and the verdict of a {@link YStrRule}.
 *
 * <p>{@code YStrComparison.of(YHaplotype.parse("DYS19=14 DYS390=23"), YHaplotype.parse("DYS19=15
 * DYS390=23"))} has one differing locus of one step: inconclusive.
 *
 * <p>Steps at a locus: for single-copy calls the difference in repeat number when both alleles
 * have the same partial-repeat digit (14 vs 15, 13.2 vs 14.2), otherwise undefined (13.2 vs 14).
 * Multi-copy calls with the same number of copies are paired in ascending order (which minimises
 * the summed difference) and their steps added; different copy numbers, or a null allele against a
 * called one, are undefined. Two null alleles agree.
 */
public record YStrComparison(List<LocusDifference> differences, int sharedLoci, int mismatchingLoci,
        int totalSteps, int undefinedLoci, LineageConclusion conclusion, YStrRule rule) {

    /**
     * One locus typed in both haplotypes and called differently.
     *
     * @param steps the repeat difference, empty when undefined
     */
    public record LocusDifference(String locus, YStrCall first, YStrCall second, OptionalInt steps) {
    }

    public YStrComparison {
        differences = List.copyOf(differences);
    }

    public static YStrComparison of(YHaplotype first, YHaplotype second) {
        return of(first, second, YStrRule.defaults());
    }

    public static YStrComparison of(YHaplotype first, YHaplotype second, YStrRule rule) {
        List<LocusDifference> differences = new ArrayList<>();
        int shared = 0;
        for (var e : first.calls().entrySet()) {
            YStrCall other = second.calls().get(e.getKey());
            if (other == null) {
                continue;
            }
            shared++;
            if (!e.getValue().equals(other)) {
                differences.add(new LocusDifference(e.getKey(), e.getValue(), other, steps(e.getValue(), other)));
            }
        }
        int total = differences.stream().mapToInt(d -> d.steps().orElse(0)).sum();
        int undefined = (int) differences.stream().filter(d -> d.steps().isEmpty()).count();
        return new YStrComparison(differences, shared, differences.size(), total, undefined,
                conclude(differences, shared, rule), rule);
    }

    private static LineageConclusion conclude(List<LocusDifference> differences, int shared, YStrRule rule) {
        for (LocusDifference d : differences) {
            boolean tooLarge = d.steps().isPresent() ? d.steps().getAsInt() > rule.maxInconclusiveSteps()
                    : rule.undefinedExcludes();
            if (tooLarge) {
                return LineageConclusion.EXCLUSION;
            }
        }
        if (differences.size() > rule.maxInconclusiveLoci()) {
            return LineageConclusion.EXCLUSION;
        }
        if (!differences.isEmpty() || shared < rule.minimumSharedLoci()) {
            return LineageConclusion.INCONCLUSIVE;
        }
        return LineageConclusion.CANNOT_EXCLUDE;
    }

    static OptionalInt steps(YStrCall a, YStrCall b) {
        if (a.copies() != b.copies() || a.isNull() || b.isNull()) {
            return OptionalInt.empty();
        }
        int sum = 0;
        for (int i = 0; i < a.copies(); i++) {
            String x = a.alleles().get(i);
            String y = b.alleles().get(i);
            if (YStrCall.fraction(x) != YStrCall.fraction(y)) {
                return OptionalInt.empty();
            }
            sum += Math.abs(YStrCall.wholeRepeats(x) - YStrCall.wholeRepeats(y));
        }
        return OptionalInt.of(sum);
    }
}
