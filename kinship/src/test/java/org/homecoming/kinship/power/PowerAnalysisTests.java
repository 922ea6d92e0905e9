package org.homecoming.kinship.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PowerAnalysisTests {

    /**
     * Father FA = 1/2 at a two-allele marker with p = 0.1, q = 0.9; MP his child, mother untyped.
     * MP's genotype given FA: 1/1 with p/2, 1/2 with 1/2, 2/2 with q/2; its LR = that / P_pop:
     * 1/1 → 0.05/0.01 = 5, 1/2 → 0.5/0.18 = 25/9, 2/2 → 0.45/0.81 = 5/9. Expected log10 LR:
     * 0.05·log10 5 + 0.5·log10(25/9) + 0.45·log10(5/9) = 0.1419246225366695; its variance
     * E[X²] − E[X]² = 0.1320429136 (sd 0.36338) per marker.
     */
    @Nested
    class ParentAndChild {
        private static final double EXPECTED_PER_MARKER = 0.1419246225366695;
        private static final double VARIANCE_PER_MARKER = 0.1320429136163529;
        private final Pedigree family = Pedigree.nuclear("FA", "MO", "MP");

        private List<Locus> loci(int n) {
            List<Locus> loci = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                loci.add(Locus.of("L" + i, List.of("1", "2"), new double[] {0.1, 0.9}));
            }
            return loci;
        }

        private GenotypeTable fatherHeterozygous(List<Locus> loci) {
            GenotypeTable.Builder b = GenotypeTable.builder();
            loci.forEach(l -> b.put("FA", l.name(), Genotype.of("1", "2")));
            return b.build();
        }

        /**
         * Typing the mother MO too (a founder, so h has the population distribution): MP given
         * FA = 1/2 and MO = 1/1 (p² = 0.01) is 1/1 or 1/2 with ½ each, LR 50 and 25/9; given MO = 1/2
         * (2pq = 0.18) 1/1, 1/2, 2/2 with ¼, ½, ¼, LR 25, 25/9, 25/81; given MO = 2/2 (q² = 0.81) 1/2
         * or 2/2 with ½ each, LR 25/9 and 50/81. E[log10 LR] = 0.18542279367921502 per marker,
         * variance 0.19593287899733608.
         */
        @Test
        void typingTheMotherGivesTheExpectedLog10LrWorkedOutOnPaper() {
            List<Locus> loci = loci(10);
            PowerReport r = PowerAnalysis.run(family, fatherHeterozygous(loci), loci, "MP", List.of("MO"),
                    new PowerOptions(31, 4000, 1e3));
            double sd = Math.sqrt(10 * 0.19593287899733608 / 4000);
            assertThat(r.candidates().get(0).distribution().meanLog10Lr())
                    .isCloseTo(10 * 0.18542279367921502, within(4 * sd));
        }

        @Test
        void exactExpectedLog10LrIsTheSumOverMarkers() {
            List<Locus> loci = loci(10);
            PowerReport r = PowerAnalysis.run(family, fatherHeterozygous(loci), loci, "MP", new PowerOptions(3, 10, 100));
            assertThat(r.markers().get(0).expectedLog10Lr()).isCloseTo(EXPECTED_PER_MARKER, within(1e-13));
            assertThat(r.expectedLog10Lr()).isCloseTo(10 * EXPECTED_PER_MARKER, within(1e-12));
        }

        @Test
        void simulatedMeanAgreesWithTheExactExpectation() {
            // 4000 profiles of 10 markers: the mean's sd is sqrt(10 · 0.13204 / 4000) = 0.0182;
            // the tolerance is 4 sd. Seeded, so the outcome is fixed.
            List<Locus> loci = loci(10);
            PowerReport r = PowerAnalysis.run(family, fatherHeterozygous(loci), loci, "MP", new PowerOptions(42, 4000, 100));
            double sd = Math.sqrt(10 * VARIANCE_PER_MARKER / 4000);
            assertThat(r.baseline().meanLog10Lr()).isCloseTo(10 * EXPECTED_PER_MARKER, within(4 * sd));
            assertThat(r.baseline().simulations()).isEqualTo(4000);
        }

        @Test
        void probabilityOfReachingTheThresholdMatchesTheExactValue() {
            // One marker, threshold 2: LR ≥ 2 for MP = 1/1 or 1/2, probability 0.05 + 0.5 = 0.55;
            // binomial sd sqrt(0.55 · 0.45 / 4000) = 0.00787, tolerance 4 sd.
            List<Locus> loci = loci(1);
            PowerReport r = PowerAnalysis.run(family, fatherHeterozygous(loci), loci, "MP", new PowerOptions(5, 4000, 2));
            assertThat(r.baseline().probabilityAtLeastThreshold()).isCloseTo(0.55, within(4 * 0.00787));
            // The median victim is 1/2 (cumulative 0.45 for 2/2 then 0.95): log10(25/9).
            assertThat(r.baseline().medianLog10Lr()).isCloseTo(Math.log10(25.0 / 9), within(1e-12));
            assertThat(r.baseline().log10LrQuantiles().get(0.05)).isCloseTo(Math.log10(5.0 / 9), within(1e-12));
        }

        @Test
        void exclusionPowerOfAHomozygousFatherIsTheChanceOfLackingHisAllele() {
            List<Locus> loci = loci(2);
            GenotypeTable refs = GenotypeTable.builder()
                    .put("FA", "L1", Genotype.of("1", "1")).put("FA", "L2", Genotype.of("1", "2")).build();
            PowerReport r = PowerAnalysis.run(family, refs, loci, "MP", new PowerOptions(1, 10, 100));
            // L1: q² = 0.81; L2: every genotype carries 1 or 2, so 0.
            assertThat(r.markers().get(0).exclusionPower()).isCloseTo(0.81, within(1e-15));
            assertThat(r.markers().get(1).exclusionPower()).isZero();
            assertThat(r.exclusion().total()).isCloseTo(0.81, within(1e-15));
        }

        @Test
        void markersWithIncompatibleReferencesAreListedAndLeftOut() {
            Pedigree sibs = Pedigree.nuclear("FA", "MO", "S1", "MP");
            List<Locus> loci = loci(2);
            GenotypeTable refs = GenotypeTable.builder()
                    .put("FA", "L1", Genotype.of("1", "1")).put("MO", "L1", Genotype.of("1", "1"))
                    .put("S1", "L1", Genotype.of("2", "2")).put("FA", "L2", Genotype.of("1", "2")).build();
            PowerReport r = PowerAnalysis.run(sibs, refs, loci, "MP", new PowerOptions(4, 100, 100));
            assertThat(r.incompatibleMarkers()).containsExactly("L1");
            assertThat(r.markers().get(0).expectedLog10Lr()).isNaN();
            assertThat(r.markers().get(0).exclusionPower()).isNaN();
            // Only L2, where FA = 1/2 is MP's father as in the worked example, counts.
            assertThat(r.expectedLog10Lr()).isCloseTo(EXPECTED_PER_MARKER, within(1e-13));
        }

        @Test
        void theSameSeedGivesTheSameReport() {
            List<Locus> loci = loci(3);
            PowerOptions o = new PowerOptions(99, 200, 10);
            assertThat(PowerAnalysis.run(family, fatherHeterozygous(loci), loci, "MP", o))
                    .isEqualTo(PowerAnalysis.run(family, fatherHeterozygous(loci), loci, "MP", o));
        }
    }

    @Nested
    class Candidates {
        /**
         * MP's only reference is a paternal half-sib HS. Untyped: grandparents GF, GM, father FA,
         * uncle U and his wife W, cousin C, the two mothers M1, M2, and MP's full sib FS.
         */
        private final Pedigree family = Pedigree.builder()
                .founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
                .person("FA", "GF", "GM", Sex.MALE).person("U", "GF", "GM", Sex.MALE)
                .founder("W", Sex.FEMALE).person("C", "U", "W", Sex.MALE)
                .founder("M1", Sex.FEMALE).founder("M2", Sex.FEMALE)
                .person("HS", "FA", "M1", Sex.MALE).person("MP", "FA", "M2", Sex.MALE)
                .person("FS", "FA", "M2", Sex.MALE)
                .build();

        private final List<Locus> loci = new ArrayList<>();
        private GenotypeTable halfSib;

        Candidates() {
            String[][] calls = {{"1", "2"}, {"1", "1"}, {"2", "3"}, {"3", "4"}, {"1", "4"}, {"2", "2"}, {"1", "3"}, {"4", "4"}};
            GenotypeTable.Builder b = GenotypeTable.builder();
            for (int i = 0; i < calls.length; i++) {
                Locus l = Locus.of("S" + i, List.of("1", "2", "3", "4"), new double[] {0.4, 0.3, 0.2, 0.1});
                loci.add(l);
                b.put("HS", l.name(), Genotype.of(calls[i][0], calls[i][1]));
            }
            halfSib = b.build();
        }

        @Test
        void typingTheFullSiblingRanksAboveTypingTheCousin() {
            PowerReport r = PowerAnalysis.run(family, halfSib, loci, "MP", new PowerOptions(11, 500, 1e3));
            assertThat(r.candidates()).extracting(CandidateReference::person)
                    .containsExactlyInAnyOrder("GF", "GM", "FA", "U", "W", "C", "M1", "M2", "FS");
            int fullSib = rank(r, "FS");
            int cousin = rank(r, "C");
            assertThat(fullSib).isLessThan(cousin);
            assertThat(rank(r, "FA")).isLessThan(cousin);
            CandidateReference fs = r.candidates().get(fullSib - 1);
            assertThat(fs.distribution().meanLog10Lr()).isGreaterThan(r.baseline().meanLog10Lr());
            assertThat(fs.distribution().probabilityAtLeastThreshold())
                    .isGreaterThanOrEqualTo(r.candidates().get(cousin - 1).distribution().probabilityAtLeastThreshold());
        }

        @Test
        void candidatesAreOrderedByMeanLog10Lr() {
            PowerReport r = PowerAnalysis.run(family, halfSib, loci, "MP", new PowerOptions(2, 200, 1e3));
            for (int i = 1; i < r.candidates().size(); i++) {
                assertThat(r.candidates().get(i).distribution().meanLog10Lr())
                        .isLessThanOrEqualTo(r.candidates().get(i - 1).distribution().meanLog10Lr());
                assertThat(r.candidates().get(i).rankByMeanLog10Lr()).isEqualTo(i + 1);
            }
        }

        @Test
        void anUnrelatedSpouseAddsNothingOnAverage() {
            // W is married into the uncle's branch: typing her cannot change MP's distribution,
            // so her simulated LRs are the baseline's, victim for victim.
            PowerReport r = PowerAnalysis.run(family, halfSib, loci, "MP", new PowerOptions(8, 300, 1e3));
            CandidateReference w = r.candidates().get(rank(r, "W") - 1);
            assertThat(w.distribution()).isEqualTo(r.baseline());
            assertThat(PowerAnalysis.independent(family, halfSib, "MP", "W")).isTrue();
        }

        @Test
        void aSpouseWithATypedChildIsSimulated() {
            // Once the cousin C is typed, his mother W tells which of his alleles came from the
            // uncle, so she is informative about MP's father's side.
            GenotypeTable withCousin = halfSib;
            for (Locus l : loci) {
                withCousin = withCousin.with("C", l.name(), Genotype.of("1", "4"));
            }
            assertThat(PowerAnalysis.independent(family, withCousin, "MP", "W")).isFalse();
            assertThat(PowerAnalysis.independent(family, withCousin, "MP", "M2")).isFalse();
            assertThat(PowerAnalysis.independent(family, withCousin, "MP", "M1")).as("mother of the typed HS").isFalse();
            assertThat(PowerAnalysis.independent(family, withCousin, "MP", "FS")).as("not a founder").isFalse();
            PowerReport r = PowerAnalysis.run(family, withCousin, loci, "MP", List.of("W"), new PowerOptions(8, 300, 1e3));
            assertThat(r.candidates().get(0).distribution()).isNotEqualTo(r.baseline());
        }

        @Test
        void aChosenCandidateGetsTheSameDistributionAsInTheRunOverEveryUntypedPerson() {
            PowerOptions o = new PowerOptions(5, 150, 1e3);
            PowerReport everyone = PowerAnalysis.run(family, halfSib, loci, "MP", o);
            PowerReport chosen = PowerAnalysis.run(family, halfSib, loci, "MP", List.of("C", "FS"), o);
            assertThat(chosen.candidates()).extracting(CandidateReference::person).containsExactly("FS", "C");
            for (CandidateReference c : chosen.candidates()) {
                assertThat(c.distribution()).isEqualTo(everyone.candidates().get(rank(everyone, c.person()) - 1)
                        .distribution());
            }
            assertThat(chosen.baseline()).isEqualTo(everyone.baseline());
        }

        @Test
        void aCandidateMustBeAnUntypedRelative() {
            PowerOptions o = new PowerOptions(5, 10, 1e3);
            assertThatThrownBy(() -> PowerAnalysis.run(family, halfSib, loci, "MP", List.of("HS"), o))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("candidate HS must be an untyped relative, not a reference");
            assertThatThrownBy(() -> PowerAnalysis.run(family, halfSib, loci, "MP", List.of("MP"), o))
                    .hasMessage("candidate MP must be an untyped relative, not the missing person");
            assertThatThrownBy(() -> PowerAnalysis.run(family, halfSib, loci, "MP", List.of("XX"), o))
                    .hasMessage("candidate is not in the pedigree: XX");
            assertThatThrownBy(() -> PowerAnalysis.run(family, halfSib, loci, "MP", List.of("FS", "FS"), o))
                    .hasMessage("candidates must not repeat a person: [FS, FS]");
        }

        private int rank(PowerReport r, String person) {
            return r.candidates().stream().filter(c -> c.person().equals(person)).findFirst().orElseThrow()
                    .rankByMeanLog10Lr();
        }
    }

    /**
     * X-linked marker, p = 0.1, q = 0.9. A daughter always carries her father's X: given FA = 1
     * she is 1/1 with p or 1/2 with q, LR 1/p = 10 or q/(2pq) = 5, E[log10 LR] = 0.1 + 0.9·log10 5
     * = 0.7290730039; a random woman lacks allele 1 with q² = 0.81. A son's X comes from his
     * mother: given MO = 1/2 he is hemizygous 1 or 2 with ½ each, LR 0.5/p = 5 or 0.5/q = 5/9,
     * E[log10 LR] = ½·log10 5 + ½·log10(5/9) = 0.2218487496; his father tells nothing (LR 1).
     */
    @Nested
    class XLinked {
        private final Locus x = Locus.of("DXS1", List.of("1", "2"), new double[] {0.1, 0.9}).withChromosome(Chromosome.X);

        @Test
        void aFatherTypesHisDaughterFully() {
            Pedigree family = Pedigree.builder().founder("FA", Sex.MALE).founder("MO", Sex.FEMALE)
                    .person("MP", "FA", "MO", Sex.FEMALE).build();
            GenotypeTable refs = GenotypeTable.builder().put("FA", "DXS1", Genotype.hemizygous("1")).build();
            PowerReport r = PowerAnalysis.run(family, refs, List.of(x), "MP", new PowerOptions(1, 10, 100));
            assertThat(r.expectedLog10Lr()).isCloseTo(0.1 + 0.9 * Math.log10(5), within(1e-13));
            assertThat(r.exclusion().total()).isCloseTo(0.81, within(1e-14));
        }

        @Test
        void aSonIsTypedByHisMotherAndNotByHisFather() {
            Pedigree family = Pedigree.nuclear("FA", "MO", "MP");
            GenotypeTable mother = GenotypeTable.builder().put("MO", "DXS1", Genotype.of("1", "2")).build();
            PowerReport r = PowerAnalysis.run(family, mother, List.of(x), "MP", new PowerOptions(1, 10, 100));
            assertThat(r.expectedLog10Lr()).isCloseTo(0.5 * Math.log10(5) + 0.5 * Math.log10(5.0 / 9), within(1e-13));
            GenotypeTable father = GenotypeTable.builder().put("FA", "DXS1", Genotype.hemizygous("1")).build();
            PowerReport byFather = PowerAnalysis.run(family, father, List.of(x), "MP", new PowerOptions(1, 50, 100));
            assertThat(byFather.expectedLog10Lr()).isCloseTo(0, within(1e-13));
            assertThat(byFather.baseline().meanLog10Lr()).isCloseTo(0, within(1e-13));
            assertThat(byFather.exclusion().total()).isZero();
        }
    }

    @Nested
    class InputErrors {
        private final Pedigree family = Pedigree.nuclear("FA", "MO", "MP");
        private final List<Locus> loci = List.of(Locus.of("L1", List.of("1", "2"), new double[] {0.5, 0.5}));

        @Test
        void rejectsAMissingPersonOutsideThePedigree() {
            assertThatThrownBy(() -> PowerAnalysis.run(family, GenotypeTable.builder().build(), loci, "XX",
                    PowerOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("missing person is not in the pedigree: XX");
        }

        @Test
        void rejectsATypedMissingPerson() {
            GenotypeTable refs = GenotypeTable.builder().put("MP", "L1", Genotype.of("1", "2")).build();
            assertThatThrownBy(() -> PowerAnalysis.run(family, refs, loci, "MP", PowerOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("missing person MP is already typed; power is computed from the references alone");
        }

        @Test
        void rejectsNoLoci() {
            assertThatThrownBy(() -> PowerAnalysis.run(family, GenotypeTable.builder().build(), List.of(), "MP",
                    PowerOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("loci must not be empty");
        }

        @Test
        void rejectsBadOptions() {
            assertThatThrownBy(() -> new PowerOptions(1, 0, 100))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("simulations must be at least 1: 0");
            assertThatThrownBy(() -> new PowerOptions(1, 10, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("LR threshold must be positive and finite: 0.0");
        }
    }
}
