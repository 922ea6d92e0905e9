package org.homecoming.kinship.io.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homecoming.kinship.io.familias.FamiliasTestFiles.resource;
import static org.homecoming.kinship.io.familias.FamiliasTestFiles.resourceLines;
import static org.homecoming.kinship.io.familias.FamiliasTestFiles.small;
import static org.homecoming.kinship.io.familias.FamiliasTestFiles.smallWith;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FamiliasCaseTests {

    private static FamiliasCase convert(List<String> lines) {
        return FamiliasCase.of(FamiliasReader.parse("t.fam", lines));
    }

    @Nested
    class FoundByFuzzing {

        @Test
        void anAlleleTheDatabaseLacksAtALocusWhoseOnlyAlleleHasFrequencyOneNamesTheLocus() throws Exception {
            // A locus with one allele of frequency 1, no minor allele frequency and no database size leaves no
            // minimum frequency below 1 for alleles people carry that it lacks (FamiliasReaderFuzzTests).
            try (var in = FamiliasCaseTests.class.getResourceAsStream("FamiliasReaderFuzzTestsInputs/"
                    + "readsACaseOrNamesTheLine/crash-d1834183fe6738773983068c017207fcb17de4bb")) {
                FamiliasFile f = FamiliasReader.read(in, "t.fam");
                assertThatThrownBy(() -> FamiliasCase.of(f)).isInstanceOf(InputFormatException.class)
                        .hasMessage("t.fam:15: locus L1: cannot add the alleles [1, 2] that the database lacks:"
                                + " minimum frequency must be in (0, 1): 1.0");
            }
        }
    }

    @Nested
    class Paternity {

        private final FamiliasCase c = FamiliasCase.of(resource("paternity.fam"));

        @Test
        void eachPedigreeIsAHypothesisOverTheSamePersons() {
            assertThat(c.hypotheses()).extracting(Hypothesis::name).containsExactly("H1", "H2");
            Pedigree h1 = c.hypotheses().get(0).pedigree();
            assertThat(h1.ids()).containsExactly("AF", "MO", "CH");
            assertThat(h1.fatherOf("CH")).contains("AF");
            assertThat(h1.motherOf("CH")).contains("MO");
            Pedigree h2 = c.hypotheses().get(1).pedigree();
            assertThat(h2.founders()).containsExactly("AF", "MO", "CH");
        }

        @Test
        void genotypesLociAndMutationModelsPerSex() {
            assertThat(c.data().persons()).containsExactlyInAnyOrder("AF", "CH");
            assertThat(c.data().get("CH", "TH01")).contains(Genotype.of("6", "9.3"));
            Locus d3 = c.loci().get(0);
            assertThat(d3.name()).isEqualTo("D3S1358");
            assertThat(d3.chromosome()).isEqualTo(Chromosome.AUTOSOMAL);
            assertThat(d3.frequency(d3.indexOf("17"))).isEqualTo(0.2040480415);
            assertThat(d3.mutation().femaleSpec()).isEqualTo(MutationSpec.extendedStepwise(0.001, 1e-6, 0.1));
            assertThat(d3.mutation().maleSpec()).isEqualTo(MutationSpec.extendedStepwise(0.002, 1e-6, 0.1));
            assertThat(c.options().theta()).isZero();
            assertThat(c.addedAlleles()).isEmpty();
            assertThat(c.warnings()).isEmpty();
            assertThat(c.dvi()).isEmpty();
        }
    }

    @Nested
    class TheSmallCase {

        @Test
        void thetaDropoutAndAChildWithOneParentGettingAnAddedMother() {
            FamiliasCase c = convert(small());
            assertThat(c.options().theta()).isEqualTo(0.02);
            assertThat(c.options().dropout()).isEqualTo(Map.of("C", 0.05));
            Pedigree father = c.hypothesis("Father").orElseThrow().pedigree();
            assertThat(father.ids()).containsExactly("F", "C", "added_1");
            assertThat(father.motherOf("C")).contains("added_1");
            assertThat(father.sex("added_1")).isEqualTo(Sex.FEMALE);
            Locus th01 = c.loci().get(0);
            assertThat(th01.mutation().femaleSpec()).isEqualTo(MutationSpec.none());
            assertThat(th01.mutation().maleSpec()).isEqualTo(MutationSpec.proportional(0.002));
        }

        @Test
        void lociWithStandardXStrNamesAreXLinkedAndMalesHemizygous() {
            List<String> lines = smallWith(45, "\"DXS10135\"");
            lines.set(11, "1");
            FamiliasCase c = convert(lines);
            assertThat(c.loci().get(0).chromosome()).isEqualTo(Chromosome.X);
            assertThat(c.data().get("F", "DXS10135")).contains(Genotype.hemizygous("9.3"));
            FamiliasCase autosomal = FamiliasCase.of(FamiliasReader.parse("t.fam", lines), XLinkedLoci.NONE);
            assertThat(autosomal.loci().get(0).chromosome()).isEqualTo(Chromosome.AUTOSOMAL);
            assertThat(XLinkedLoci.isStandardXName("HPRTB")).isTrue();
            assertThat(XLinkedLoci.isStandardXName("gata-172d05")).isTrue();
            assertThat(XLinkedLoci.isStandardXName("D3S1358")).isFalse();
        }

        @Test
        void aHeterozygousMaleAtAnXLinkedLocusIsAnError() {
            assertThatThrownBy(() -> convert(smallWith(45, "\"DXS10135\""))).isInstanceOf(InputFormatException.class)
                    .hasMessage("t.fam:6: person 'F' is male but has two alleles (6, 9.3) at the X-linked locus DXS10135");
        }

        @Test
        void stepwiseWithNonNumericAllelesFallsBackToEqualLikePedFamilias() {
            List<String> lines = smallWith(49, "2");
            lines.set(51, "0.1");
            lines.set(59, "\"X\"");
            FamiliasCase c = convert(lines);
            assertThat(c.loci().get(0).mutation().maleSpec()).isEqualTo(MutationSpec.equal(0.002));
            assertThat(c.warnings()).containsExactly(
                    "locus TH01: allele 'X' does not suit a stepwise model; the equal model with the same rates is used");
        }

        @Test
        void stationaryStepwiseThatCannotBeMadeStationaryFallsBackToEqualLikePedFamilias() {
            // alleles 6 and 9.3 are alone in their microvariant groups and rate2 is 0: the stepwise
            // matrix is the identity, which pedmut's PM stabilisation cannot handle
            List<String> lines = smallWith(49, "3");
            lines.set(51, "0.1");
            FamiliasCase c = convert(lines);
            assertThat(c.loci().get(0).mutation().maleSpec()).isEqualTo(MutationSpec.equal(0.002));
            assertThat(c.warnings()).containsExactly("locus TH01: the male stationary stepwise model does not exist"
                    + " for these frequencies; the equal model with rate 0.002 is used, as pedFamilias does");
        }

        @Test
        void stepwiseWithRangeZeroIsAnError() {
            assertThatThrownBy(() -> convert(smallWith(49, "2"))).isInstanceOf(InputFormatException.class)
                    .hasMessage("t.fam:45: locus TH01: invalid mutation model: mutation range must be positive: 0.0");
        }

        @Test
        void zeroFrequencyAlleleCarriedBySomeoneGetsTheMinimumFrequency() {
            FamiliasCase c = convert(smallWith(61, "0"));
            assertThat(c.addedAlleles()).containsExactly(new AddedAllele("TH01", "9.3", 0.01));
            Locus l = c.loci().get(0);
            assertThat(l.frequency(l.indexOf("9.3"))).isEqualTo(0.01 / 1.01);
        }
    }

    @Nested
    class Dvi {

        @Test
        void dviExampleKeepsTheTemplatePedigreeAndFindsTheMissingPersons() {
            FamiliasCase c = FamiliasCase.of(resource("dvi-example.fam"));
            FamiliasDviCase dvi = c.dvi().orElseThrow();
            assertThat(dvi.victimSexes()).containsExactly(Map.entry("V1", Sex.MALE), Map.entry("V2", Sex.MALE),
                    Map.entry("V3", Sex.MALE));
            assertThat(dvi.victims().get("V3", "L1")).contains(Genotype.of("1", "2"));
            FamiliasReferenceFamily f = dvi.families().get(0);
            assertThat(f.pedigrees()).extracting(Hypothesis::name).containsExactly("Template pedigree 2");
            Pedigree p = f.pedigree();
            assertThat(p.ids()).containsExactlyInAnyOrder("R", "Missing male 2", "Missing male 3", "Missing person",
                    "added_1");
            assertThat(p.motherOf("Missing male 3")).as("the mother pedFamilias adds").contains("added_1");
            assertThat(p.sex("Missing person")).as("opposite to R, the other parent").isEqualTo(Sex.MALE);
            assertThat(p.fatherOf("Missing male 3")).contains("Missing male 2");
            assertThat(f.missing()).containsExactly("Missing male 2", "Missing male 3", "Missing person");
            assertThat(f.references().persons()).containsExactly("R");
            assertThat(c.warnings()).containsExactly("family 'Reference family 1', pedigree 'Template pedigree 2':"
                    + " left out Missing male 1, not related to a typed reference");
        }

        @Test
        void planeCrashNamesSharedAcrossFamiliesGetTheFamilyPrefix() {
            FamiliasDviCase dvi = FamiliasCase.of(resource("planecrash-dvi.fam")).dvi().orElseThrow();
            assertThat(dvi.families()).hasSize(5);
            assertThat(dvi.families()).extracting(FamiliasReferenceFamily::missing).containsExactly(
                    List.of("Family 1/Missing person"), List.of("Family 2/Missing person"),
                    List.of("Family 3/Missing person"), List.of("Family 4/Missing person"),
                    List.of("Family 5/Missing person"));
            FamiliasReferenceFamily f2 = dvi.families().get(1);
            assertThat(f2.references().persons()).containsExactly("Family 2/Brother");
            assertThat(f2.pedigree().fatherOf("Family 2/Missing person")).contains("Family 2/Father");
            FamiliasReferenceFamily f4 = dvi.families().get(3);
            assertThat(f4.references().persons()).containsExactly("Son");
            // the lone parent is placed as the mother but keeps an unknown sex: any victim may be them
            assertThat(f4.pedigree().motherOf("Son")).contains("Family 4/Missing person");
            assertThat(f4.pedigree().sex("Family 4/Missing person")).isEqualTo(Sex.UNKNOWN);
            assertThat(dvi.victimSexes()).hasSize(8);
        }

        @Test
        void victimTypedAtALocusTheDatabaseLacks() {
            List<String> lines = resourceLines("dvi-example.fam");
            lines.set(42, "SystemName= L2");
            assertThatThrownBy(() -> convert(lines)).isInstanceOf(InputFormatException.class)
                    .hasMessage("t.fam:38: person 'V1' is typed at locus L2, which is not in the database");
        }

        @Test
        void alleleAbsentFromTheDatabaseIsAddedAtFiveOverTwoN() {
            List<String> lines = resourceLines("dvi-example.fam");
            lines.set(43, "Allele1= 4");
            FamiliasCase c = convert(lines);
            assertThat(c.addedAlleles()).containsExactly(new AddedAllele("L1", "4", 5.0 / 5000));
        }

        @Test
        void aChildWithTwoFathersIsAnError() {
            List<String> lines = resourceLines("dvi-example.fam");
            int at = lines.indexOf("Parent= R");
            lines.set(at, "Parent= Missing male 3");
            lines.set(at + 2, "Parent= Missing male 1");
            assertThatThrownBy(() -> convert(lines)).isInstanceOf(InputFormatException.class)
                    .hasMessage("t.fam:" + (at - 2) + ": family 'Reference family 1', pedigree 'Template pedigree 2':"
                            + " 'Missing male 2' has two fathers, 'Missing male 3' and 'Missing male 1'");
        }

        @Test
        void aCycleIsAnError() {
            List<String> lines = resourceLines("dvi-example.fam");
            int at = lines.indexOf("Parent= R");
            lines.set(at, "Parent= Missing male 3");
            assertThatThrownBy(() -> convert(lines)).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("t.fam:" + (at - 2) + ": family 'Reference family 1', pedigree 'Template pedigree 2':")
                    .hasMessageContaining("cycle");
        }

        @Test
        void aParentWhoseSexCannotBeDecided() {
            List<String> lines = resourceLines("dvi-example.fam");
            int at = lines.indexOf("nRelations= 3");
            lines.set(at, "nRelations= 4");
            lines.addAll(at + 7, List.of("Parent= Missing person", "Child= Missing male 3"));
            assertThatThrownBy(() -> convert(lines)).isInstanceOf(InputFormatException.class)
                    .hasMessage("t.fam:" + (at - 1) + ": family 'Reference family 1', pedigree 'Template pedigree 2':"
                            + " cannot decide the sex of 'Missing person': they have children with a man and with a woman");
        }

        @Test
        void aPersonAsTheirOwnParent() {
            List<String> lines = resourceLines("dvi-example.fam");
            int at = lines.indexOf("Parent= R");
            lines.set(at, "Parent= Missing male 2");
            assertThatThrownBy(() -> convert(lines)).isInstanceOf(InputFormatException.class)
                    .hasMessage("t.fam:" + (at - 2) + ": family 'Reference family 1', pedigree 'Template pedigree 2':"
                            + " 'Missing male 2' is given as their own parent");
        }
    }
}
