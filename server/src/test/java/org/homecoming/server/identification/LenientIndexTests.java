package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.junit.jupiter.api.Test;

/** A search job leaves out the family the engine refuses, found by the family the exception carries. */
class LenientIndexTests {

    private static final Locus L = Locus.of("L", List.of("10", "11", "12", "13"), new double[] {0.1, 0.2, 0.3, 0.4});

    private static SearchFamily fatherTyped(String name) {
        Pedigree p = Pedigree.nuclear(name + "-FA", name + "-MO", name + "-MP");
        return new SearchFamily(name, name + "-MP", p,
                GenotypeTable.builder().put(name + "-FA", "L", Genotype.of("10", "11")).build());
    }

    /** Parents 10/10 and 11/11 cannot have a child 12/12 without mutation. */
    private static SearchFamily impossible(String name) {
        Pedigree p = Pedigree.nuclear(name + "-FA", name + "-MO", name + "-MP", name + "-S");
        return new SearchFamily(name, name + "-MP", p, GenotypeTable.builder()
                .put(name + "-FA", "L", Genotype.of("10", "10")).put(name + "-MO", "L", Genotype.of("11", "11"))
                .put(name + "-S", "L", Genotype.of("12", "12")).build());
    }

    @Test
    void theRefusedFamilyIsNamedByItsMissingPersonAndTheOthersAreStillSearched() {
        List<String> skipped = new ArrayList<>();
        SearchIndex index = LenientIndex.build(List.of(fatherTyped("A"), impossible("B"), fatherTyped("C")), List.of(L),
                2, skipped);
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0)).startsWith("B-MP: ");
        assertThat(index.size()).isEqualTo(2);
        // A child of a father 10/11 with remains 10/12: LR = 1 / (4 p_10) = 2.5 for both kept families.
        List<Candidate> found = DatabaseSearch.run(index,
                List.of(RemainsProfile.of("V", Map.of("L", Genotype.of("10", "12")))),
                SearchOptions.defaults().withTopK(5).withThreads(1).withThreshold(1)).forRemains("V");
        assertThat(found).extracting(Candidate::missing).containsExactlyInAnyOrder("A-MP", "C-MP");
        assertThat(found).allSatisfy(c -> assertThat(c.lr()).isCloseTo(2.5, within(1e-12)));
    }

    @Test
    void twoRefusedFamiliesAreBothLeftOutAndNoneLeftGivesNoIndex() {
        List<String> skipped = new ArrayList<>();
        assertThat(LenientIndex.build(List.of(impossible("B"), impossible("D")), List.of(L), 1, skipped)).isNull();
        assertThat(skipped).extracting(s -> s.substring(0, s.indexOf(':'))).containsExactlyInAnyOrder("B-MP", "D-MP");
    }

    @Test
    void aRefusalThatNamesNoFamilyStillFailsTheJob() {
        assertThatThrownBy(() -> LenientIndex.build(List.of(fatherTyped("A")), List.of(L, L), 1, new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("locus appears twice");
    }
}
