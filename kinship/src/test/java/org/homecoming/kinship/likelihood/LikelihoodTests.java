package org.homecoming.kinship.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationMatrix;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reference cases 1–11 of kinship-cases.md (pedprobr / forrel / textbook values). */
class LikelihoodTests {

    static final Locus ABCD = Locus.of("L", List.of("A", "B", "C", "D"), new double[] {0.1, 0.2, 0.3, 0.4});
    static final LikelihoodOptions NONE = LikelihoodOptions.defaults();

    static Locus twoAlleles(String a, double pa, String b) {
        return new Locus("L", List.of(a, b), new double[] {pa, 1 - pa}, null, Chromosome.AUTOSOMAL);
    }

    static GenotypeTable typed(Object... personThenGenotype) {
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (int i = 0; i < personThenGenotype.length; i += 2) {
            b.put((String) personThenGenotype[i], "L", Genotype.parse((String) personThenGenotype[i + 1]));
        }
        return b.build();
    }

    static double lik(Pedigree p, GenotypeTable data, Locus locus, LikelihoodOptions o) {
        return Math.exp(Likelihood.logLikelihood(p, data, locus, o));
    }

    static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
    }

    static Pedigree duo() {
        return Pedigree.nuclear("F", "M", "C");
    }

    static Pedigree unrelated(String... ids) {
        Pedigree.Builder b = Pedigree.builder();
        for (String id : ids) {
            b.founder(id, Sex.MALE);
        }
        return b.build();
    }

    static double lr(Pedigree h1, Pedigree h2, GenotypeTable data, Locus locus, LikelihoodOptions o) {
        return lik(h1, data, locus, o) / lik(h2, data, locus, o);
    }

    @Nested
    class Paternity {
        @Test
        void fatherAndChildSharingARareAlleleGiveTwenty() {
            GenotypeTable d = typed("F", "A/A", "C", "A/A");
            assertRelative(lr(duo(), unrelated("F", "C"), d, twoAlleles("A", 0.05, "B"), NONE), 20);
        }

        @Test
        void fatherAndChildHomozygousAtTenPercentGiveTen() {
            GenotypeTable d = typed("F", "A/A", "C", "A/A");
            assertRelative(lr(duo(), unrelated("F", "C"), d, twoAlleles("A", 0.10, "B"), NONE), 10);
        }

        @Test
        void twoMarkersMultiplyToTwoHundred() {
            Locus l1 = new Locus("L1", List.of("A", "B"), new double[] {0.05, 0.95}, null, Chromosome.AUTOSOMAL);
            Locus l2 = new Locus("L2", List.of("A", "B"), new double[] {0.10, 0.90}, null, Chromosome.AUTOSOMAL);
            GenotypeTable d = GenotypeTable.builder().put("F", "L1", "A", "A").put("C", "L1", "A", "A")
                    .put("F", "L2", "A", "A").put("C", "L2", "A", "A").build();
            MarkerLikelihoods h1 = Likelihood.logLikelihoods(duo(), d, List.of(l1, l2), NONE);
            MarkerLikelihoods h2 = Likelihood.logLikelihoods(unrelated("F", "C"), d, List.of(l1, l2), NONE);
            assertRelative(Math.exp(h1.total() - h2.total()), 200);
            assertThat(h1.perLocus()).containsOnlyKeys("L1", "L2");
        }

        @Test
        void fatherABChildACGiveTwoAndAHalf() {
            GenotypeTable d = typed("F", "A/B", "C", "A/C");
            assertRelative(lr(duo(), unrelated("F", "C"), d, ABCD, NONE), 2.5);
        }

        @Test
        void fatherABChildACWithThetaOnePercent() {
            GenotypeTable d = typed("F", "A/B", "C", "A/C");
            assertRelative(lr(duo(), unrelated("F", "C"), d, ABCD, NONE.withTheta(0.01)), 2.339449541284);
        }

        @Test
        void homozygousDuoWithThetaMatchesPublishedLikelihoods() {
            GenotypeTable d = typed("F", "A/A", "C", "A/A");
            Locus l = twoAlleles("A", 0.05, "B");
            LikelihoodOptions o = NONE.withTheta(0.01);
            assertRelative(lik(duo(), d, l, o), 2.04715346535e-4);
            assertRelative(lik(unrelated("F", "C"), d, l, o), 1.59557549505e-5);
            assertRelative(lr(duo(), unrelated("F", "C"), d, l, o), 12.830188679245);
        }
    }

    @Nested
    class MissingChildOfATrio {
        final Locus locus = twoAlleles("1", 0.1, "2");
        final Pedigree trio = Pedigree.nuclear("FA", "MO", "V");

        Pedigree separate() {
            return Pedigree.builder().founder("FA", Sex.MALE).founder("MO", Sex.FEMALE).founder("V", Sex.MALE).build();
        }

        @Test
        void homozygousRareVictimGivesTwentyFive() {
            GenotypeTable d = typed("FA", "1/2", "MO", "1/2", "V", "1/1");
            assertRelative(lr(trio, separate(), d, locus, NONE), 25);
        }

        @Test
        void homozygousCommonVictimGivesPointThreeZeroEight() {
            GenotypeTable d = typed("FA", "1/2", "MO", "1/2", "V", "2/2");
            assertRelative(lr(trio, separate(), d, locus, NONE), 0.308641975309);
        }

        @Test
        void victimSharingNoAlleleWithHomozygousParentsIsExcluded() {
            GenotypeTable d = typed("FA", "1/1", "MO", "1/1", "V", "2/2");
            Locus half = twoAlleles("1", 0.5, "2");
            assertThat(Likelihood.logLikelihood(trio, d, half, NONE)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(lr(trio, separate(), d, half, NONE)).isZero();
        }
    }

    @Nested
    class Siblings {
        @Test
        void fullSibsBothCommonHomozygousGiveQuarterQSquaredOnePlusQSquared() {
            Locus l = twoAlleles("1", 0.2, "2");
            GenotypeTable d = typed("S1", "2/2", "S2", "2/2");
            Pedigree sibs = Pedigree.nuclear("FA", "MO", "S1", "S2");
            assertRelative(lik(sibs, d, l, NONE), 0.5184);
            assertRelative(lr(sibs, unrelated("S1", "S2"), d, l, NONE), 1.265625);
        }
    }

    @Nested
    class PairTable {
        final Pedigree fullSibs = Pedigree.nuclear("FA", "MO", "X", "Y");
        final Pedigree halfSibs = Pedigree.halfSiblings("FA", "X", "Y");

        void check(String gx, String gy, double full, double half, double fullTheta, double halfTheta) {
            GenotypeTable d = typed("X", gx, "Y", gy);
            Pedigree un = unrelated("X", "Y");
            LikelihoodOptions theta = NONE.withTheta(0.01);
            assertRelative(lr(fullSibs, un, d, ABCD, NONE), full);
            assertRelative(lr(halfSibs, un, d, ABCD, NONE), half);
            assertRelative(lr(fullSibs, un, d, ABCD, theta), fullTheta);
            assertRelative(lr(halfSibs, un, d, ABCD, theta), halfTheta);
        }

        @Test
        void sharedHeterozygoteABAB() {
            check("A/B", "A/B", 8.375, 2.375, 7.71261908963, 2.28270553987);
        }

        @Test
        void sharedRareHomozygoteAAAA() {
            check("A/A", "A/A", 30.25, 5.5, 20.98089701, 4.45348837209);
        }

        @Test
        void oneSharedAlleleABAC() {
            check("A/B", "A/C", 1.5, 1.75, 1.41972477064, 1.66972477064);
        }

        @Test
        void homozygoteAndHeterozygoteAAAB() {
            check("A/A", "A/B", 2.75, 3, 2.39285714286, 2.64285714286);
        }

        @Test
        void nothingSharedABCD() {
            check("A/B", "C/D", 0.25, 0.5, 0.25, 0.5);
        }
    }

    @Nested
    class Generations {
        @Test
        void threeGenerationsWithThreeHeterozygotesGiveClosedForm() {
            Pedigree p = Pedigree.builder().founder("4", Sex.MALE).founder("5", Sex.FEMALE)
                    .person("1", "4", "5", Sex.MALE).founder("6", Sex.MALE).founder("7", Sex.FEMALE)
                    .person("2", "6", "7", Sex.FEMALE).person("3", "1", "2", Sex.MALE).build();
            GenotypeTable d = typed("4", "1/2", "7", "1/2", "3", "1/2");
            assertRelative(lik(p, d, twoAlleles("1", 0.2, "2"), NONE), 0.046592);
        }

        @Test
        void grandparentsAndGrandchildGiveFiveThirds() {
            Pedigree h1 = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                    .person("FA", "GF", "GM", Sex.MALE).founder("MO", Sex.FEMALE)
                    .person("MP", "FA", "MO", Sex.MALE).build();
            Pedigree h2 = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                    .founder("MP", Sex.MALE).build();
            GenotypeTable d = typed("GF", "A/B", "GM", "C/D", "MP", "A/C");
            assertRelative(lik(h1, d, ABCD, NONE), 0.00096);
            assertRelative(lik(h2, d, ABCD, NONE), 0.000576);
            assertRelative(lr(h1, h2, d, ABCD, NONE), 1.666666666667);
        }

        @Test
        void missingPersonWithMotherAndTwoSibsGivesSixAndAQuarter() {
            Pedigree h1 = Pedigree.nuclear("FA", "MO", "MP", "S1", "S2");
            Pedigree h2 = Pedigree.nuclear("FA", "MO", "S1", "S2").withFounder("MP", Sex.MALE);
            GenotypeTable d = typed("MO", "A/D", "MP", "A/B", "S1", "A/C", "S2", "B/D");
            assertRelative(lik(h1, d, ABCD, NONE), 1.5e-4);
            assertRelative(lik(h2, d, ABCD, NONE), 2.4e-5);
            assertRelative(lr(h1, h2, d, ABCD, NONE), 6.25);
        }

        @Test
        void thetaInTwoGenerationsAddsThetaToTheHomozygote() {
            Pedigree p = Pedigree.builder().founder("1", Sex.MALE).founder("2", Sex.FEMALE)
                    .person("3", "1", "2", Sex.MALE).founder("4", Sex.FEMALE).person("5", "3", "4", Sex.MALE).build();
            GenotypeTable d = typed("5", "A/A");
            Locus l = twoAlleles("A", 0.3, "B");
            assertRelative(lik(p, d, l, NONE), 0.09);
            assertRelative(lik(p, d, l, NONE.withTheta(0.01)), 0.0921);
        }
    }

    @Nested
    class Mutation {
        final Pedigree trio = Pedigree.builder().founder("1", Sex.MALE).founder("2", Sex.FEMALE)
                .person("3", "1", "2", Sex.MALE).build();
        final Locus base = twoAlleles("1", 0.9, "2");

        @Test
        void equalModelChildMutatedFromBothParents() {
            Locus l = base.withMutation(MutationModel.equal(0.1, 2));
            assertRelative(lik(trio, typed("1", "1/1", "2", "1/1", "3", "2/2"), l, NONE), 0.006561);
        }

        @Test
        void proportionalModelWithUntypedMother() {
            Locus l = base.withMutation(MutationModel.proportional(0.1, new double[] {0.9, 0.1}));
            assertRelative(lik(trio, typed("1", "1/1", "3", "2/2"), l, NONE), 0.0045);
        }

        @Test
        void markerNobodyIsTypedAtScoresOne() {
            Locus l = base.withMutation(MutationModel.equal(0.1, 2));
            assertThat(Likelihood.logLikelihood(trio, GenotypeTable.empty(), l, NONE)).isZero();
        }

        @Test
        void founderOnlyDataAreUnaffectedByMutation() {
            Locus l = base.withMutation(MutationModel.equal(0.1, 2));
            GenotypeTable d = typed("1", "1/2", "2", "2/2");
            assertRelative(lik(trio, d, l, NONE), 2 * 0.9 * 0.1 * 0.01);
        }

        @Test
        void customMatrixIsUsedAsGiven() {
            MutationMatrix m = MutationMatrix.of(new double[][] {{0.7, 0.3}, {0.0, 1.0}});
            Locus l = base.withMutation(MutationModel.custom(MutationMatrix.identity(2), m));
            // father 1/1 passes 2 only by mutation (0.3); mother 2/2 passes 2.
            assertRelative(lik(trio, typed("1", "1/1", "2", "2/2", "3", "2/2"), l, NONE), 0.81 * 0.01 * 0.3);
        }
    }

    @Nested
    class InputErrors {
        @Test
        void alleleMissingFromTheLocusIsNamed() {
            assertThatThrownBy(() -> Likelihood.logLikelihood(duo(), typed("C", "A/E"), ABCD, NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("person C has allele E at locus L, which is not in its frequency table "
                            + "(add it with Locus.withMissingAlleles)");
        }

        @Test
        void heterozygousMaleAtAnXLocusIsNamed() {
            Locus x = ABCD.withChromosome(Chromosome.X);
            assertThatThrownBy(() -> Likelihood.logLikelihood(duo(), typed("C", "A/B"), x, NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("person C is male and heterozygous A/B at X-linked locus L");
        }

        @Test
        void distributionOfAnUnknownPersonIsRefused() {
            assertThatThrownBy(() -> Likelihood.genotypeDistribution(duo(), typed(), ABCD, "Z", NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("person Z is not in the pedigree");
        }

        @Test
        void nullLocusIsRefused() {
            assertThatThrownBy(() -> Likelihood.logLikelihood(duo(), typed(), null, NONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("locus must not be null");
        }
    }
}
