package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.PlacementComparison.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two brothers M1 and M2 missing from one family (parents FA, MO); one locus with alleles 10–13 at
 * 0.1 and 14 at 0.6, so every LR below is worked out by hand in the test that asserts it.
 */
class JointPlacementTests {

    private static final Locus L = Locus.of("L", List.of("10", "11", "12", "13", "14"),
            new double[] {0.1, 0.1, 0.1, 0.1, 0.6});
    private static final JointPlacement JOINT = new JointPlacement(List.of(L), LikelihoodOptions.defaults(),
            JointPlacement.DEFAULT_RATIO);

    private static RemainsProfile remains(String id, String a, String b) {
        return RemainsProfile.of(id, Map.of("L", Genotype.of(a, b)));
    }

    /** Both parents typed 10/11 and 12/13; the brothers are in the same position of the pedigree. */
    private static SearchFamily parentsOnly() {
        GenotypeTable refs = GenotypeTable.builder().put("FA", "L", "10", "11").put("MO", "L", "12", "13").build();
        return new SearchFamily("F", "M1", Pedigree.nuclear("FA", "MO", "M1", "M2"), refs);
    }

    /** The parents, and a child C of M1 with the untyped founder W (or W typed when {@code wife} is given). */
    private static SearchFamily childOfM1(Genotype child, Genotype wife) {
        Pedigree p = Pedigree.nuclear("FA", "MO", "M1", "M2").toBuilder().founder("W", Sex.FEMALE)
                .person("C", "M1", "W", Sex.MALE).build();
        GenotypeTable.Builder refs = GenotypeTable.builder().put("FA", "L", "10", "11").put("MO", "L", "12", "13")
                .put("C", "L", child);
        if (wife != null) {
            refs.put("W", "L", wife);
        }
        return new SearchFamily("F", "M1", p, refs.build());
    }

    @Nested
    class OnPaper {

        /**
         * Placed: P(M1 = 10/12 | parents) P(M2 = 11/13 | parents) = 1/4 · 1/4; neither: (2 · 0.1 · 0.1)²;
         * LR = (1/16) / 0.0004 = 156.25, and the same swapped, since M1 and M2 stand in one position.
         */
        @Test
        void brothersWithOnlyTheirParentsTypedAreIndistinguishableWhateverTheirGenotypes() {
            PlacementComparison c = JOINT.compare(parentsOnly(), remains("R1", "10", "12"), "M1", remains("R2", "11", "13"), "M2");
            assertThat(c.log10Lr()).isCloseTo(Math.log10(156.25), within(1e-12));
            assertThat(c.log10LrSwapped()).isCloseTo(Math.log10(156.25), within(1e-12));
            assertThat(c.verdict()).isEqualTo(Verdict.INDISTINGUISHABLE);
            assertThat(c.family()).isEqualTo("F");
        }

        /**
         * C = 10/12, W untyped. R1 = 10/12 on M1: 1/4 · 1/4 · P(C | M1 = 10/12) = 1/16 · (p12 + p10)/2 =
         * 1/16 · 0.1. Swapped, M1 = 10/13: 1/16 · p12/2 = 1/16 · 0.05. Neither: 0.02 · 0.02 · P(C | M1
         * untyped) where M1 passes 10 or 12 with 1/4 each: 0.0004 · (0.025 + 0.025). LRs 312.5 and 156.25.
         */
        @Test
        void aChildOfM1TellsTheBrothersApartByARatioOfTwo() {
            SearchFamily f = childOfM1(Genotype.of("10", "12"), null);
            PlacementComparison c = JOINT.compare(f, remains("R1", "10", "12"), "M1", remains("R2", "10", "13"), "M2");
            assertThat(c.log10Lr()).isCloseTo(Math.log10(312.5), within(1e-12));
            assertThat(c.log10LrSwapped()).isCloseTo(Math.log10(156.25), within(1e-12));
            assertThat(c.verdict()).as("a ratio of 2 is below 10^4").isEqualTo(Verdict.INDISTINGUISHABLE);
            PlacementComparison lenient = new JointPlacement(List.of(L), LikelihoodOptions.defaults(), 2)
                    .compare(f, remains("R1", "10", "12"), "M1", remains("R2", "10", "13"), "M2");
            assertThat(lenient.verdict()).isEqualTo(Verdict.TOLD_APART);
        }

        @Test
        void theBetterAssignmentIsStatedFirstWhicheverWayItIsAskedFor() {
            SearchFamily f = childOfM1(Genotype.of("10", "12"), null);
            PlacementComparison c = JOINT.compare(f, remains("R2", "10", "13"), "M1", remains("R1", "10", "12"), "M2");
            assertThat(List.of(c.remainsA(), c.missingA(), c.remainsB(), c.missingB()))
                    .containsExactly("R2", "M2", "R1", "M1");
            assertThat(c.log10Lr()).isCloseTo(Math.log10(312.5), within(1e-12));
            assertThat(c.log10LrSwapped()).isCloseTo(Math.log10(156.25), within(1e-12));
        }

        /**
         * W = 14/14 typed, C = 10/14: M1 must pass 10. Placed (M1 = 10/12): 1/16 · 1/2; neither: 0.0004 ·
         * 1/4 (M1 passes his father's 10 with 1/4); LR = 312.5. Swapped, M1 = 11/13 cannot pass 10: LR 0.
         */
        @Test
        void aChildOfM1ExcludingTheSwapTellsTheBrothersApart() {
            SearchFamily f = childOfM1(Genotype.of("10", "14"), Genotype.of("14", "14"));
            PlacementComparison c = JOINT.compare(f, remains("R1", "10", "12"), "M1", remains("R2", "11", "13"), "M2");
            assertThat(c.log10Lr()).isCloseTo(Math.log10(312.5), within(1e-12));
            assertThat(c.log10LrSwapped()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(c.verdict()).isEqualTo(Verdict.TOLD_APART);
        }

        @Test
        void remainsThatAreNoChildOfTheParentsFitNeitherAssignment() {
            PlacementComparison c = JOINT.compare(parentsOnly(), remains("R1", "14", "14"), "M1", remains("R2", "14", "14"), "M2");
            assertThat(c.log10Lr()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(c.verdict()).isEqualTo(Verdict.NEITHER_FITS);
        }

        /**
         * One remains alone, compared with each brother by the database search: P(10/12 | parents) /
         * P(10/12) = (1/4) / 0.02 = 12.5 for M1 and for M2 — the same single LR twice, so a report must
         * not call both identified; the joint placement is what tells them apart.
         */
        @Test
        void aRemainsInTheSamePositionAsBothBrothersGetsTheSameSingleLrForEach() {
            SearchFamily m1 = parentsOnly();
            SearchFamily m2 = new SearchFamily("F", "M2", m1.pedigree(), m1.references());
            SearchIndex index = SearchIndex.build(List.of(m1, m2), List.of(L), LikelihoodOptions.defaults(), 1);
            SearchResult r = DatabaseSearch.run(index, List.of(remains("R1", "10", "12")),
                    SearchOptions.defaults().withTopK(2).withThreads(1).withThreshold(10));
            assertThat(r.forRemains("R1")).extracting(Candidate::missing).containsExactlyInAnyOrder("M1", "M2");
            assertThat(r.forRemains("R1")).allSatisfy(c -> assertThat(c.lr()).isCloseTo(12.5, within(1e-9)));
            assertThat(r.aboveThreshold()).hasSize(2);
        }
    }

    @Nested
    class FromASearch {

        /**
         * Single LRs: R1 (10/12) is 25 for M1 (the son leaves M1 10/12 or 10/13, 1/2 each, over 0.02) and
         * 12.5 for M2; R2 (11/13) is 12.5 for M2 and 0 for M1 (excluded by the son); R3 (14/14) is no child
         * of the parents (LR 0); the lone missing person G-M of another family gives no joint comparison.
         */
        private List<PlacementComparison> candidates(double minimumLr) {
            SearchFamily m1 = childOfM1(Genotype.of("10", "14"), Genotype.of("14", "14"));
            SearchFamily m2 = new SearchFamily("F", "M2", m1.pedigree(), m1.references());
            SearchFamily lone = new SearchFamily("G", "G-M", Pedigree.nuclear("G-FA", "G-MO", "G-M"),
                    GenotypeTable.builder().put("G-FA", "L", "10", "12").build());
            List<SearchFamily> families = List.of(m1, m2, lone);
            List<RemainsProfile> remains =
                    List.of(remains("R1", "10", "12"), remains("R2", "11", "13"), remains("R3", "14", "14"));
            SearchIndex index = SearchIndex.build(families, List.of(L), LikelihoodOptions.defaults(), 1);
            SearchResult r = DatabaseSearch.run(index, remains, SearchOptions.defaults().withTopK(3).withThreads(1));
            return new JointCandidates(JOINT, minimumLr).compare(families, remains, r);
        }

        @Test
        void twoRemainsAtOrAboveTheMinimumForTwoBrothersAreComparedOnceAndOthersNot() {
            List<PlacementComparison> out = candidates(12.5);
            assertThat(out).hasSize(1);
            PlacementComparison c = out.get(0);
            assertThat(List.of(c.family(), c.remainsA(), c.missingA(), c.remainsB(), c.missingB()))
                    .containsExactly("F", "R1", "M1", "R2", "M2");
            assertThat(c.log10Lr()).isCloseTo(Math.log10(312.5), within(1e-12));
            assertThat(c.verdict()).isEqualTo(Verdict.TOLD_APART);
        }

        @Test
        void onlyOneRemainsAboveTheMinimumGivesNothingToCompare() {
            assertThat(candidates(20)).isEmpty();
        }

        @Test
        void aMinimumOfZeroIsRefused() {
            assertThatThrownBy(() -> new JointCandidates(JOINT, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("minimum LR must be finite and above 0: 0.0");
        }
    }

    @Nested
    class BadArguments {

        @Test
        void oneMissingPersonTwiceIsRefused() {
            assertThatThrownBy(() -> JOINT.compare(parentsOnly(), remains("R1", "10", "12"), "M1",
                    remains("R2", "11", "13"), "M1")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("two different missing persons are needed: M1");
        }

        @Test
        void oneRemainsTwiceIsRefused() {
            assertThatThrownBy(() -> JOINT.compare(parentsOnly(), remains("R1", "10", "12"), "M1",
                    remains("R1", "10", "12"), "M2")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("two different remains are needed: R1");
        }

        @Test
        void aTypedReferenceIsNoMissingPerson() {
            assertThatThrownBy(() -> JOINT.compare(parentsOnly(), remains("R1", "10", "12"), "M1",
                    remains("R2", "11", "13"), "FA")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("missing person FA is not an untyped member of family F");
        }

        @Test
        void remainsNamedLikeAPersonOfTheFamilyAreRefused() {
            assertThatThrownBy(() -> JOINT.compare(parentsOnly(), remains("MO", "10", "12"), "M1",
                    remains("R2", "11", "13"), "M2")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("remains id MO is also a person of family F");
        }

        @Test
        void anXLocusIsRefused() {
            Locus x = L.withChromosome(Chromosome.X);
            assertThatThrownBy(() -> new JointPlacement(List.of(x), LikelihoodOptions.defaults(), 1e4))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("joint placement scores autosomal loci only: L");
        }

        @Test
        void aRatioOfOneIsRefused() {
            assertThatThrownBy(() -> new JointPlacement(List.of(L), LikelihoodOptions.defaults(), 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("ratio must be finite and above 1: 1.0");
        }
    }
}
