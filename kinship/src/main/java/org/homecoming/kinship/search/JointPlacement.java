package org.homecoming.kinship.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.lr.KinshipAnalysis;
import org.homecoming.kinship.lr.LrResult;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * Scores two remains placed together on two missing persons of one family (brothers lost in the same
 * war), both ways round, to say whether the data tell the two missing persons apart.
 *
 * <pre>{@code
 * JointPlacement joint = new JointPlacement(loci, LikelihoodOptions.defaults(), JointPlacement.DEFAULT_RATIO);
 * PlacementComparison c = joint.compare(family, r1, "MP-1", r2, "MP-2");
 * c.verdict();   // TOLD_APART when one assignment is at least 10^4 times the other
 * }</pre>
 *
 * <p>Three hypotheses are scored on one data table (the family's references and both remains) with
 * the {@code lr} package: "A is {@code missingA} and B is {@code missingB}" (the family's pedigree
 * with the remains in the missing persons' places), the same with the two swapped, and "neither"
 * (the family's pedigree and both remains as unrelated founders, scored together so that θ applies
 * across them). Both LRs are against "neither". Their ratio is the posterior odds of one assignment
 * over the other when the two remains are known to be these two persons and both assignments are
 * equally likely a priori; persons in the same position of the pedigree (brothers with only their
 * parents typed) always give a ratio of 1.
 *
 * <p>Only autosomal loci are accepted: remains' sex is an estimate, and an X locus would score it.
 * Remains ids must not be ids of the family's pedigree.
 */
public final class JointPlacement {

    /** Default ratio between the two assignments at or above which the missing persons are told apart. */
    public static final double DEFAULT_RATIO = 1e4;

    private static final String PLACED = "placed";
    private static final String SWAPPED = "swapped";
    private static final String NEITHER = "neither";

    private final List<Locus> loci;
    private final LikelihoodOptions options;
    private final double log10Ratio;

    /**
     * @param loci autosomal loci to score
     * @param options θ and any dropout of the references (each remains adds its own dropout)
     * @param ratio the ratio (&gt; 1) between the two assignments at or above which they are told apart
     */
    public JointPlacement(List<Locus> loci, LikelihoodOptions options, double ratio) {
        this.loci = List.copyOf(loci);
        this.options = Objects.requireNonNull(options, "options");
        for (Locus l : this.loci) {
            if (l.chromosome() != Chromosome.AUTOSOMAL) {
                throw new IllegalArgumentException("joint placement scores autosomal loci only: " + l.name());
            }
        }
        if (!(ratio > 1) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("ratio must be finite and above 1: " + ratio);
        }
        this.log10Ratio = Math.log10(ratio);
    }

    /**
     * Remains {@code a} on {@code missingA} and {@code b} on {@code missingB}, and the swap, in {@code
     * family}'s pedigree; the comparison states the better assignment first.
     */
    public PlacementComparison compare(SearchFamily family, RemainsProfile a, String missingA, RemainsProfile b,
            String missingB) {
        check(family, a, missingA, b, missingB);
        Pedigree p = family.pedigree();
        Pedigree neither = p.union(Pedigree.singleton(a.id(), a.sex())).union(Pedigree.singleton(b.id(), b.sex()));
        List<Hypothesis> hypotheses = List.of(
                new Hypothesis(PLACED, p.relabel(Map.of(missingA, a.id(), missingB, b.id()))),
                new Hypothesis(SWAPPED, p.relabel(Map.of(missingA, b.id(), missingB, a.id()))),
                new Hypothesis(NEITHER, neither));
        LrResult r = KinshipAnalysis.run(hypotheses, data(family.references(), a, b), loci, remainsDropout(a, b), NEITHER);
        double placed = r.lr().get(PLACED).log10();
        double swapped = r.lr().get(SWAPPED).log10();
        if (swapped > placed) {
            return new PlacementComparison(family.family(), a.id(), missingB, b.id(), missingA, swapped, placed,
                    verdict(swapped, placed));
        }
        return new PlacementComparison(family.family(), a.id(), missingA, b.id(), missingB, placed, swapped,
                verdict(placed, swapped));
    }

    private PlacementComparison.Verdict verdict(double better, double worse) {
        if (Double.isNaN(better) || better == Double.NEGATIVE_INFINITY) {
            return PlacementComparison.Verdict.NEITHER_FITS;
        }
        if (Double.isNaN(worse) || better - worse >= log10Ratio) {
            return PlacementComparison.Verdict.TOLD_APART;
        }
        return PlacementComparison.Verdict.INDISTINGUISHABLE;
    }

    private static void check(SearchFamily family, RemainsProfile a, String missingA, RemainsProfile b, String missingB) {
        Objects.requireNonNull(family, "family");
        Pedigree p = family.pedigree();
        if (missingA.equals(missingB)) {
            throw new IllegalArgumentException("two different missing persons are needed: " + missingA);
        }
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("two different remains are needed: " + a.id());
        }
        for (String m : List.of(missingA, missingB)) {
            if (!p.contains(m) || family.references().isTyped(m)) {
                throw new IllegalArgumentException("missing person " + m + " is not an untyped member of family "
                        + family.family());
            }
        }
        for (RemainsProfile r : List.of(a, b)) {
            if (p.contains(r.id())) {
                throw new IllegalArgumentException("remains id " + r.id() + " is also a person of family " + family.family());
            }
        }
    }

    private GenotypeTable data(GenotypeTable references, RemainsProfile a, RemainsProfile b) {
        GenotypeTable t = references;
        for (RemainsProfile r : List.of(a, b)) {
            for (Locus l : loci) {
                Genotype g = r.genotypes().get(l.name());
                if (g != null) {
                    t = t.with(r.id(), l.name(), g);
                }
            }
        }
        return t;
    }

    private LikelihoodOptions remainsDropout(RemainsProfile a, RemainsProfile b) {
        LikelihoodOptions o = options;
        for (RemainsProfile r : List.of(a, b)) {
            if (r.dropout() > 0) {
                o = o.withDropout(r.id(), r.dropout());
            }
        }
        return o;
    }
}
