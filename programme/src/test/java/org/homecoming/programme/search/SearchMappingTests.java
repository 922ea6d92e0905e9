package org.homecoming.programme.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.locus.LocusFrequencies;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SearchMappingTests {

    private static final FrequencyDatabase DB = new FrequencyDatabase("test", "by hand", List.of(
            new LocusFrequencies("TH01", List.of("6", "7"), new double[] {0.5, 0.5}),
            new LocusFrequencies("FGA", List.of("21", "22"), new double[] {0.25, 0.75}),
            new LocusFrequencies("vWA", List.of("16", "17"), new double[] {0.5, 0.5})));

    private static FamilyRecords.Member row(String id, Sex sex, String relationship, String father, String mother) {
        return new FamilyRecords.Member(id, sex, relationship, father, mother);
    }

    @Nested
    class TheFatherMotherRule {

        @Test
        void theFatherAndMotherRowsAreTheMissingPersonsParentsAndARowsParentsAreItsOwn() {
            FamilyRecords f = new FamilyRecords("F-1", "MP-1", Sex.MALE, List.of(
                    row("FM-1", Sex.MALE, "FATHER", null, null),
                    row("FM-2", Sex.FEMALE, "MOTHER", null, null),
                    row("FM-3", Sex.FEMALE, "SISTER", "FM-1", "FM-2")), Map.of());
            Pedigree p = SearchMapping.pedigree(f);
            assertThat(p.ids()).containsExactly("MP-1", "FM-1", "FM-2", "FM-3");
            assertThat(p.fatherOf("MP-1")).contains("FM-1");
            assertThat(p.motherOf("MP-1")).contains("FM-2");
            assertThat(p.fatherOf("FM-3")).contains("FM-1");
            assertThat(p.sex("MP-1")).isEqualTo(Sex.MALE);
        }

        @Test
        void aFatherWithoutAMotherAndARowWithOneParentLeaveFounders() {
            FamilyRecords f = new FamilyRecords("F-1", "MP-1", Sex.MALE, List.of(
                    row("FM-1", Sex.MALE, "FATHER", null, null),
                    row("FM-2", Sex.FEMALE, "SISTER", "FM-1", null)), Map.of());
            Pedigree p = SearchMapping.pedigree(f);
            assertThat(p.fatherOf("MP-1")).isEmpty();
            assertThat(p.fatherOf("FM-2")).isEmpty();
            assertThat(SearchMapping.headParents(f)).isEmpty();
        }

        @Test
        void aSecondMissingPersonPlacedAsARowIsSearchedInTheSamePedigree() {
            FamilyRecords f = new FamilyRecords("F-1", "MP-1", Sex.MALE, List.of(
                    row("FM-1", Sex.MALE, "FATHER", null, null),
                    row("FM-2", Sex.FEMALE, "MOTHER", null, null),
                    row("MP-2", Sex.MALE, "BROTHER", "FM-1", "FM-2")),
                    Map.of("FM-1", Map.of("TH01", Genotype.of("6", "7"))));
            List<Locus> loci = SearchMapping.loci(DB, List.of(), f.calls().values(), MutationSpec.none());
            SearchFamily head = SearchMapping.family(f, "MP-1", loci);
            SearchFamily brother = SearchMapping.family(f, "MP-2", loci);
            assertThat(brother.missing()).isEqualTo("MP-2");
            assertThat(brother.pedigree()).isEqualTo(head.pedigree());
            assertThat(brother.references()).isEqualTo(head.references());
        }
    }

    @Nested
    class LociAndReferences {

        @Test
        void lociAreTheUsedTableLociInTableOrderWithUnseenAllelesAddedInTextOrder() {
            // FGA: 21 0.25, 22 0.75, plus 9 and 23 at 0.001 each; all divided by 1.002
            List<Locus> loci = SearchMapping.loci(DB, List.of(), List.of(
                    Map.of("FGA", Genotype.of("23", "21"), "TH01", Genotype.of("6", "6")),
                    Map.of("FGA", Genotype.of("9", "22"))), MutationSpec.none());
            assertThat(loci).extracting(Locus::name).containsExactly("TH01", "FGA");
            Locus fga = loci.get(1);
            assertThat(fga.alleles()).containsExactly("21", "22", "23", "9");
            assertThat(fga.frequencies()[0]).isCloseTo(0.25 / 1.002, within(1e-15));
            assertThat(fga.frequencies()[1]).isCloseTo(0.75 / 1.002, within(1e-15));
            assertThat(fga.frequencies()[3]).isCloseTo(0.001 / 1.002, within(1e-15));
            assertThat(loci.get(0).alleles()).containsExactly("6", "7");
        }

        @Test
        void namedLociAreKeptEvenWhenNoCallUsesThem() {
            List<Locus> loci = SearchMapping.loci(DB, List.of("vWA", "TH01"), List.of(Map.of("TH01", Genotype.of("6", "7"))),
                    MutationSpec.none());
            assertThat(loci).extracting(Locus::name).containsExactly("vWA", "TH01");
        }

        @Test
        void referencesAreTheRowsCallsAtTheSearchLociOnly() {
            FamilyRecords f = new FamilyRecords("F-1", "MP-1", Sex.FEMALE, List.of(row("FM-1", Sex.MALE, "BROTHER", null, null)),
                    Map.of("FM-1", Map.of("TH01", Genotype.of("6", "7"), "FGA", Genotype.of("21", "22"))));
            List<Locus> th01 = SearchMapping.loci(DB, List.of("TH01"), List.of(), MutationSpec.none());
            var refs = SearchMapping.references(f, th01);
            assertThat(refs.get("FM-1", "TH01")).contains(Genotype.of("6", "7"));
            assertThat(refs.get("FM-1", "FGA")).isEqualTo(Optional.empty());
        }

        @Test
        void remainsKeepTheirCallsAtTheLociAndTheDropoutOnlyWhenDegraded() {
            List<Locus> loci = SearchMapping.loci(DB, List.of("TH01"), List.of(), MutationSpec.none());
            Map<String, Genotype> calls = Map.of("TH01", Genotype.of("6", "6"), "FGA", Genotype.of("21", "21"));
            RemainsProfile degraded = SearchMapping.remains("R-1", calls, true, loci, 0.05);
            assertThat(degraded.genotypes()).containsOnlyKeys("TH01");
            assertThat(degraded.dropout()).isEqualTo(0.05);
            assertThat(SearchMapping.remains("R-1", calls, false, loci, 0.05).dropout()).isZero();
        }
    }
}
