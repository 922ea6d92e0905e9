package org.homecoming.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.homecoming.kinship.dvi.DviExamples.example2;
import static org.homecoming.kinship.dvi.DviExamples.trio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DviAnalysisTests {

    private static final DviProblem EXAMPLE2 = example2(DviOptions.defaults());

    /** Equal to 1e-12 relative: the LRs come out of sums of logs. */
    private static final java.util.Comparator<Double> CLOSE =
            (a, b) -> Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) ? 0 : Double.compare(a, b);

    @Nested
    class PairwiseMatrix {

        @Test
        void example2GivesOneZeroFiveAndNaForSexIncompatiblePairs() {
            PairwiseTable t = DviAnalysis.pairwise(EXAMPLE2);
            assertThat(t.victims()).containsExactly("V1", "V2", "V3");
            assertThat(t.missing()).containsExactly("M1", "M2", "M3");
            assertThat(t.lr("V1", "M1").getAsDouble()).isCloseTo(1, within(1e-12));
            assertThat(t.lr("V1", "M2").getAsDouble()).isZero();
            assertThat(t.lr("V1", "M3")).isEmpty();
            assertThat(t.lr("V2", "M1").getAsDouble()).isCloseTo(1, within(1e-12));
            assertThat(t.lr("V2", "M2").getAsDouble()).isCloseTo(5, within(1e-12));
            assertThat(t.lr("V2", "M3")).isEmpty();
            assertThat(t.lr("V3", "M1")).isEmpty();
            assertThat(t.lr("V3", "M2")).isEmpty();
            assertThat(t.lr("V3", "M3").getAsDouble()).isCloseTo(5, within(1e-12));
            assertThat(t.get("V1", "M3").sexCompatible()).isFalse();
            assertThat(t.get("V3", "M3").family()).isEqualTo("F2");
        }

        @Test
        void oneIncompatibleMarkerIsListedButExcludesOnlyBelowTheAllowance() {
            Pairing p = DviAnalysis.pairwise(EXAMPLE2).get("V1", "M2");
            assertThat(p.incompatibleMarkers()).containsExactly("L1");
            assertThat(p.excluded()).isFalse();
            PairwiseTable strict = DviAnalysis.pairwise(example2(DviOptions.defaults().withMaxIncompatible(0)));
            assertThat(strict.excluded()).extracting(Pairing::victim, Pairing::missing)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("V1", "M2"));
        }

        @Test
        void homozygousChildOfTwoHeterozygousParentsGivesTwentyFive() {
            assertThat(DviAnalysis.pairwise(trio("1/1", "1/2", "1/2", 0.1, Sex.MALE)).lr("V", "M").getAsDouble())
                    .isCloseTo(25, within(1e-12));
        }

        @Test
        void commonHomozygoteChildGivesOneOverFourQSquared() {
            assertThat(DviAnalysis.pairwise(trio("2/2", "1/2", "1/2", 0.1, Sex.MALE)).lr("V", "M").getAsDouble())
                    .isCloseTo(1 / (4 * 0.81), within(1e-12));
        }

        @Test
        void childWithoutAParentalAlleleIsIncompatibleAtThatMarker() {
            Pairing p = DviAnalysis.pairwise(trio("2/2", "1/1", "1/1", 0.5, Sex.MALE)).get("V", "M");
            assertThat(p.lr().getAsDouble()).isZero();
            assertThat(p.incompatibleMarkers()).containsExactly("m");
        }

        @Test
        void unknownSexPairsWithEitherSex() {
            DviProblem p = trio("1/1", "1/2", "1/2", 0.1, Sex.UNKNOWN);
            assertThat(DviAnalysis.pairwise(p).get("V", "M").sexCompatible()).isTrue();
        }
    }

    @Nested
    class Undisputed {

        @Test
        void noneAtTheDefaultThreshold() {
            assertThat(DviAnalysis.undisputed(EXAMPLE2)).isEmpty();
        }

        @Test
        void atThresholdFiveOnlyV3IsUndisputedBecauseV2TiesWithAnLrOfOne() {
            List<Identification> u = DviAnalysis.undisputed(example2(DviOptions.defaults().withThreshold(5)));
            assertThat(u).hasSize(1);
            assertThat(u.get(0)).extracting(Identification::victim, Identification::missing, Identification::family,
                    Identification::step).containsExactly("V3", "M3", "F2", 1);
            assertThat(u.get(0).lr()).isCloseTo(5, within(1e-12));
        }

        @Test
        void atThresholdTwoV1FollowsInASecondStepWithLrTen() {
            List<Identification> u = DviAnalysis.undisputed(example2(DviOptions.defaults().withThreshold(2)));
            assertThat(u).extracting(Identification::victim, Identification::missing, Identification::step)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("V2", "M2", 1),
                            org.assertj.core.groups.Tuple.tuple("V3", "M3", 1),
                            org.assertj.core.groups.Tuple.tuple("V1", "M1", 2));
            assertThat(u).extracting(Identification::lr).usingComparatorForType(CLOSE, Double.class)
                    .containsExactly(5.0, 5.0, 10.0);
        }

        @Test
        void strictModeAcceptsRivalsOfExactlyOne() {
            List<Identification> u = DviAnalysis.undisputed(
                    example2(DviOptions.defaults().withThreshold(5).withStrict(true)));
            assertThat(u).extracting(Identification::victim).containsExactly("V2", "V3", "V1");
        }
    }

    @Nested
    class Joint {

        @Test
        void example2ListsTenAssignmentsBestFirst() {
            List<JointAssignment> j = DviAnalysis.joint(EXAMPLE2).assignments();
            assertThat(j).extracting(a -> String.join(",", a.values())).containsExactly(
                    "M1,M2,M3", "M1,M2,*", "*,M2,M3", "M1,*,M3", "*,M1,M3", "*,M2,*", "*,*,M3", "M1,*,*", "*,M1,*",
                    "*,*,*");
            double[] lr = {250, 50, 25, 5, 5, 5, 5, 1, 1, 1};
            double[] ll = {-16.11810, -17.72753, -18.42068, -20.03012, -20.03012, -20.03012, -20.03012, -21.63956,
                -21.63956, -21.63956};
            for (int k = 0; k < lr.length; k++) {
                assertThat(j.get(k).lr()).isCloseTo(lr[k], within(1e-9 * lr[k]));
                assertThat(j.get(k).logLikelihood()).isCloseTo(ll[k], within(5e-6));
                assertThat(j.get(k).posterior()).isCloseTo(lr[k] / 348, within(1e-12));
            }
        }

        @Test
        void marginalsMatchCase13() {
            Map<String, Map<String, Double>> m = DviAnalysis.run(EXAMPLE2).marginals();
            assertThat(m.get("V1")).containsOnlyKeys("M1", "M2", "M3", "*");
            assertThat(m.get("V1").get("M1")).isCloseTo(0.87931034, within(1e-8));
            assertThat(m.get("V1").get("M2")).isZero();
            assertThat(m.get("V1").get("*")).isCloseTo(0.12068966, within(1e-8));
            assertThat(m.get("V2").get("M1")).isCloseTo(0.01724138, within(1e-8));
            assertThat(m.get("V2").get("M2")).isCloseTo(0.94827586, within(1e-8));
            assertThat(m.get("V2").get("*")).isCloseTo(0.03448276, within(1e-8));
            assertThat(m.get("V3").get("M3")).isCloseTo(0.83333333, within(1e-8));
            assertThat(m.get("V3").get("*")).isCloseTo(0.16666667, within(1e-8));
        }

        @Test
        void aPriorOnTheBestAssignmentAloneMakesItCertain() {
            JointResult j = DviAnalysis.joint(EXAMPLE2);
            JointAssignment best = j.assignments().get(0);
            Map<String, Map<String, Double>> m = j.marginals(a -> a == best ? 1 : 0);
            assertThat(m.get("V1").get("M1")).isEqualTo(1.0);
            assertThat(m.get("V2").get("M2")).isEqualTo(1.0);
            assertThat(m.get("V3").get("M3")).isEqualTo(1.0);
            assertThat(j.posteriors(a -> a == best ? 1 : 0).get(1)).isZero();
        }

        @Test
        void aLimitKeepsOnlyPairingsWithLrAtLeastTheLimit() {
            List<JointAssignment> j = DviAnalysis.joint(example2(DviOptions.defaults().withLimit(2))).assignments();
            assertThat(j).extracting(a -> String.join(",", a.values()))
                    .containsExactly("*,M2,M3", "*,M2,*", "*,*,M3", "*,*,*");
        }

        @Test
        void whenEveryVictimIsUndisputedTheOneAssignmentIsScoredOnTheFullProblem() {
            JointResult j = DviAnalysis.joint(example2(DviOptions.defaults().withThreshold(2)
                    .withFixing(UndisputedFixing.ALWAYS)));
            assertThat(j.assignments()).hasSize(1);
            JointAssignment a = j.assignments().get(0);
            assertThat(a.assignment()).containsExactlyInAnyOrderEntriesOf(Map.of("V1", "M1", "V2", "M2", "V3", "M3"));
            assertThat(a.lr()).isCloseTo(250, within(1e-9));
            assertThat(a.logLikelihood()).isCloseTo(Math.log(1e-7), within(1e-9));
            assertThat(a.posterior()).isEqualTo(1.0);
            assertThat(j.fixed()).hasSize(3);
        }

        @Test
        void undisputedMatchesAreFixedAndTheRestSearchedJointly() {
            JointResult j = DviAnalysis.joint(example2(DviOptions.defaults().withThreshold(5)
                    .withFixing(UndisputedFixing.ALWAYS)));
            assertThat(j.assignments()).extracting(a -> String.join(",", a.values()))
                    .containsExactly("M1,M2,M3", "*,M2,M3", "M1,*,M3", "*,M1,M3", "*,*,M3");
            assertThat(j.assignments()).extracting(JointAssignment::lr).usingComparatorForType(CLOSE, Double.class)
                    .containsExactly(250.0, 25.0, 5.0, 5.0, 5.0);
            // F2 has no one left missing once V3 = M3, so it leaves the problem: 1e-4 is F1 with V1 and V2.
            assertThat(j.assignments().get(0).logLikelihood()).isCloseTo(Math.log(1e-4), within(1e-9));
            assertThat(j.assignments().get(0).posterior()).isCloseTo(50.0 / 58, within(1e-12));
            assertThat(j.marginals().get("V3").get("M3")).isEqualTo(1.0);
        }

        @Test
        void tooManyAssignmentsAreRefusedWithTheMaximumNamed() {
            assertThatThrownBy(() -> DviAnalysis.joint(example2(DviOptions.defaults().withMaxAssignments(9))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("joint analysis refused: more than 9 candidate assignments (maxAssignments);"
                            + " raise the maximum, set a pairwise LR limit, or lower the threshold so that more"
                            + " matches are fixed as undisputed");
        }

        @Test
        void keepingOrDisablingMutationChangesNothingWithoutMutationModels() {
            for (MutationPolicy p : MutationPolicy.values()) {
                assertThat(DviAnalysis.joint(example2(DviOptions.defaults().withMutations(p))).assignments().get(0).lr())
                        .isCloseTo(250, within(1e-9));
            }
        }
    }

    @Nested
    class NoContradiction {

        /**
         * Parents 1/2 and 3/4 at 16 loci, their missing son M; the victim is their son but for one
         * paternal mutation at L1 (5 instead of 1 or 2): pairwise LR about 10^14. The family's
         * references are consistent without mutation, so dvir's policy drops its model.
         */
        private DviProblem oneMutationAway(DviOptions options) {
            List<Locus> loci = new ArrayList<>();
            GenotypeTable.Builder refs = GenotypeTable.builder();
            GenotypeTable.Builder victim = GenotypeTable.builder();
            for (int l = 1; l <= 16; l++) {
                Locus ten = DviExamples.tenAlleles();
                loci.add(Locus.of("L" + l, ten.alleles(), ten.frequencies()).withMutation(MutationModel.equal(0.002, 10)));
                refs.put("fa", "L" + l, "1", "2").put("mo", "L" + l, "3", "4");
                victim.put("V", "L" + l, l == 1 ? "5" : "1", "3");
            }
            Pedigree p = Pedigree.builder().founder("fa", Sex.MALE).founder("mo", Sex.FEMALE)
                    .person("M", "fa", "mo", Sex.MALE).build();
            return new DviProblem(victim.build(), Map.of("V", Sex.MALE),
                    List.of(new ReferenceFamily("F", p, refs.build(), List.of("M"))), loci, options);
        }

        @Test
        void byDefaultTheFamilyKeepsItsMutationModelAndTheUndisputedPairIsTheBestAssignment() {
            DviResult r = DviAnalysis.run(oneMutationAway(DviOptions.defaults()));
            assertThat(r.undisputed()).extracting(Identification::victim, Identification::missing)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("V", "M"));
            assertThat(r.undisputed().get(0).lr()).isBetween(1e13, 1e16);
            assertThat(r.disputed()).isEmpty();
            assertThat(r.joint().assignments().get(0).missingOf("V")).isEqualTo("M");
            assertThat(r.joint().assignments().get(0).lr()).isCloseTo(r.undisputed().get(0).lr(),
                    within(r.undisputed().get(0).lr() * 1e-9));
            assertThat(r.marginals().get("V").get("M")).isGreaterThan(0.999);
        }

        @Test
        void dvirsPolicyGivesThePairProbabilityZeroSoItIsListedAsDisputedNotUndisputed() {
            DviResult r = DviAnalysis.run(oneMutationAway(DviOptions.dvir()));
            assertThat(r.pairwise().lr("V", "M").getAsDouble()).isGreaterThan(1e13);
            assertThat(r.marginals().get("V").get("M")).isZero();
            assertThat(r.undisputed()).isEmpty();
            assertThat(r.disputed()).extracting(Identification::victim, Identification::missing)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("V", "M"));
            assertThat(DviAnalysis.undisputed(oneMutationAway(DviOptions.dvir()))).hasSize(1);
        }

        @Test
        void withoutMutationsTheSameHoldsAndNothingContradicts() {
            DviResult r = DviAnalysis.run(oneMutationAway(DviOptions.defaults().withMutations(MutationPolicy.DISABLE)));
            assertThat(r.joint().assignments()).extracting(a -> a.missingOf("V")).containsExactly("*");
            assertThat(r.undisputed()).isEmpty();
            assertThat(r.disputed()).hasSize(1);
        }
    }

    @Nested
    class Sexes {

        @Test
        void pairsOfKnownDifferentSexesAreListedAsSkipped() {
            assertThat(DviAnalysis.pairwise(EXAMPLE2).skippedForSex())
                    .extracting(Pairing::victim, Pairing::missing).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("V1", "M3"), org.assertj.core.groups.Tuple.tuple("V2", "M3"),
                            org.assertj.core.groups.Tuple.tuple("V3", "M1"), org.assertj.core.groups.Tuple.tuple("V3", "M2"));
        }

        @Test
        void aVictimOfUnknownSexIsSkippedForNobody() {
            DviProblem p = trio("1/2", "1/1", "2/2", 0.5, Sex.UNKNOWN);
            assertThat(DviAnalysis.pairwise(p).skippedForSex()).isEmpty();
            assertThat(DviAnalysis.pairwise(DviExamples.example2(DviOptions.defaults().withIgnoreSex(true)))
                    .skippedForSex()).isEmpty();
        }
    }
}
