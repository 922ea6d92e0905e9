package org.homecoming.kinship.lineage;

/**
 * When two Y-STR haplotypes are called the same paternal line, inconclusive, or an exclusion.
 *
 * <p>{@code YStrRule.defaults()}: no difference → cannot exclude; one or two loci differing by one
 * repeat each → inconclusive; three or more differing loci, or any locus differing by two repeats
 * or more → exclusion. {@code new YStrRule(3, 1, false, 10)} tolerates three one-step loci and
 * requires ten shared loci.
 *
 * <p>The inconclusive band exists because Y-STRs mutate at about 2–4 per 1000 loci per meiosis,
 * so men a few generations apart on one paternal line often differ by a single step at one locus
 * or two (SWGDAM Y-STR interpretation guidelines: the laboratory sets, from mutation data, how
 * many differences between presumed paternal relatives it treats as inconclusive; see
 * docs/kinship-lineage.md). A difference of undefined size (microvariant against whole repeat,
 * null allele against a called one, a change in copy number) counts as one differing locus; with
 * {@code undefinedExcludes} it excludes on its own.
 *
 * @param maxInconclusiveLoci the most differing loci still called inconclusive (default 2)
 * @param maxInconclusiveSteps the largest per-locus difference, in repeats, still called
 *     inconclusive (default 1)
 * @param undefinedExcludes whether a difference of undefined size excludes (default false)
 * @param minimumSharedLoci fewer loci typed in both haplotypes than this is inconclusive however
 *     they compare (default 1)
 */
public record YStrRule(int maxInconclusiveLoci, int maxInconclusiveSteps, boolean undefinedExcludes,
        int minimumSharedLoci) {

    public YStrRule {
        if (maxInconclusiveLoci < 0) {
            throw new IllegalArgumentException("maxInconclusiveLoci must be at least 0: " + maxInconclusiveLoci);
        }
        if (maxInconclusiveSteps < 1) {
            throw new IllegalArgumentException("maxInconclusiveSteps must be at least 1: " + maxInconclusiveSteps);
        }
        if (minimumSharedLoci < 1) {
            throw new IllegalArgumentException("minimumSharedLoci must be at least 1: " + minimumSharedLoci);
        }
    }

    public static YStrRule defaults() {
        return new YStrRule(2, 1, false, 1);
    }
}
