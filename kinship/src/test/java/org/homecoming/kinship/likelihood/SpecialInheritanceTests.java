package org.homecoming.kinship.likelihood;

import static org.homecoming.kinship.likelihood.LikelihoodTests.ABCD;
import static org.homecoming.kinship.likelihood.LikelihoodTests.NONE;
import static org.homecoming.kinship.likelihood.LikelihoodTests.assertRelative;
import static org.homecoming.kinship.likelihood.LikelihoodTests.lik;
import static org.homecoming.kinship.likelihood.LikelihoodTests.typed;
import static org.assertj.core.api.Assertions.assertThat;

import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** X-linked markers, loops, dropout and genotype distributions, against hand derivations. */
class SpecialInheritanceTests {

    static final Locus X = ABCD.withChromosome(Chromosome.X);

    static Pedigree fatherDaughterSon() {
        return Pedigree.builder().founder("FA", Sex.MALE).founder("MO", Sex.FEMALE)
                .person("D", "FA", "MO", Sex.FEMALE).person("S", "FA", "MO", Sex.MALE).build();
    }

    @Nested
    class XLinked {
        @Test
        void hemizygousMaleFounderHasTheAlleleFrequency() {
            assertRelative(lik(Pedigree.singleton("M", Sex.MALE), typed("M", "A/A"), X, NONE), 0.1);
        }

        @Test
        void fatherPassesHisAlleleToHisDaughter() {
            // FA = A, D = A/B: father gives A for sure, mother B with p_B → 0.1 × 0.2.
            assertRelative(lik(fatherDaughterSon(), typed("FA", "A/A", "D", "A/B"), X, NONE), 0.1 * 0.2);
        }

        @Test
        void sonGetsNothingFromHisFather() {
            // FA = A, S = B: independent at X.
            assertRelative(lik(fatherDaughterSon(), typed("FA", "A/A", "S", "B/B"), X, NONE), 0.1 * 0.2);
        }

        @Test
        void daughterWithoutHerFathersAlleleIsExcluded() {
            assertThat(lik(fatherDaughterSon(), typed("FA", "A/A", "D", "B/C"), X, NONE)).isZero();
        }

        @Test
        void maleMutationMatrixAppliesFromFatherToDaughter() {
            Locus l = X.withMutation(MutationModel.custom(MutationModel.none(4).female(),
                    MutationModel.equal(0.3, 4).male()));
            // Father A (0.1) passes B or C by mutation (0.3 / 3 each); the mother the other (p_C or p_B).
            assertRelative(lik(fatherDaughterSon(), typed("FA", "A/A", "D", "B/C"), l, NONE),
                    0.1 * (0.1 * 0.3 + 0.1 * 0.2));
        }
    }

    @Nested
    class Loops {
        @Test
        void childOfHalfSiblingsHomozygousGetsTheInbreedingTerm() {
            // Inbreeding coefficient 1/8: P(A/A) = p² + F p(1 − p).
            Pedigree p = Pedigree.builder().founder("FA", Sex.MALE).founder("M1", Sex.FEMALE)
                    .founder("M2", Sex.FEMALE).person("A", "FA", "M1", Sex.MALE).person("B", "FA", "M2", Sex.FEMALE)
                    .person("C", "A", "B", Sex.MALE).build();
            double pa = 0.1;
            assertRelative(lik(p, typed("C", "A/A"), ABCD, NONE), pa * pa + pa * (1 - pa) / 8);
        }

        @Test
        void childOfFirstCousinsHomozygousGetsOneSixteenth() {
            Pedigree p = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                    .person("U", "GF", "GM", Sex.MALE).person("T", "GF", "GM", Sex.FEMALE)
                    .founder("UW", Sex.FEMALE).founder("TH", Sex.MALE)
                    .person("C1", "U", "UW", Sex.MALE).person("C2", "TH", "T", Sex.FEMALE)
                    .person("K", "C1", "C2", Sex.MALE).build();
            double pa = 0.3;
            assertRelative(lik(p, typed("K", "C/C"), ABCD, NONE), pa * pa + pa * (1 - pa) / 16);
        }
    }

    @Nested
    class Dropout {
        @Test
        void homozygousCallFromBoneDoesNotExcludeATrueParent() {
            Pedigree duo = Pedigree.nuclear("F", "M", "C");
            GenotypeTable d = typed("F", "B/C", "C", "A/A");
            assertThat(lik(duo, d, ABCD, NONE)).isZero();
            assertThat(lik(duo, d, ABCD, NONE.withDropout("C", 0.2))).isPositive();
        }

        @Test
        void singletonHomozygousCallMixesTrueHomozygoteAndDropout() {
            double dr = 0.2;
            double pa = 0.1;
            double expected = pa * pa * (1 - dr * dr) + 2 * pa * (1 - pa) * dr * (1 - dr);
            assertRelative(lik(Pedigree.singleton("V", Sex.MALE), typed("V", "A/A"), ABCD,
                    NONE.withDropout("V", dr)), expected);
        }
    }

    @Nested
    class Distribution {
        @Test
        void childOfTypedParentsGetsMendelianShares() {
            double[] d = Likelihood.genotypeDistribution(Pedigree.nuclear("FA", "MO", "CH"),
                    typed("FA", "A/B", "MO", "C/C"), ABCD, "CH", NONE);
            assertThat(d).hasSize(GenotypeIndex.count(4));
            assertRelative(d[GenotypeIndex.index(0, 2)], 0.5);
            assertRelative(d[GenotypeIndex.index(1, 2)], 0.5);
        }

        @Test
        void sonAtXGetsHisMothersAllelesOnHomozygousIndices() {
            double[] d = Likelihood.genotypeDistribution(fatherDaughterSon(), typed("MO", "A/D", "FA", "B/B"), X, "S", NONE);
            assertRelative(d[GenotypeIndex.index(0, 0)], 0.5);
            assertRelative(d[GenotypeIndex.index(3, 3)], 0.5);
        }

        @Test
        void untypedFounderFollowsHardyWeinberg() {
            double[] d = Likelihood.genotypeDistribution(Pedigree.singleton("V", Sex.MALE), typed(), ABCD, "V", NONE);
            assertRelative(d[GenotypeIndex.index(1, 3)], 2 * 0.2 * 0.4);
        }
    }
}
