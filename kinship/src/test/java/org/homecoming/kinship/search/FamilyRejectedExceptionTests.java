package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.junit.jupiter.api.Test;

class FamilyRejectedExceptionTests {

    private static final Locus L = Locus.of("L", List.of("10", "11", "12", "13"), new double[] {0.1, 0.2, 0.3, 0.4});

    private static SearchFamily good(String name) {
        Pedigree p = Pedigree.nuclear(name + "-FA", name + "-MO", name + "-MP");
        return new SearchFamily(name, name + "-MP", p,
                GenotypeTable.builder().put(name + "-FA", "L", Genotype.of("10", "11")).build());
    }

    @Test
    void parentsTenTenAndElevenElevenCannotHaveAChildTwelveTwelveSoTheIndexNamesThatFamily() {
        Pedigree p = Pedigree.nuclear("B-FA", "B-MO", "B-MP", "B-S");
        GenotypeTable refs = GenotypeTable.builder().put("B-FA", "L", Genotype.of("10", "10"))
                .put("B-MO", "L", Genotype.of("11", "11")).put("B-S", "L", Genotype.of("12", "12")).build();
        SearchFamily bad = new SearchFamily("B", "B-MP", p, refs);
        assertThatThrownBy(() -> SearchIndex.build(List.of(good("A"), bad, good("C")), List.of(L),
                LikelihoodOptions.defaults(), 2))
                .isInstanceOfSatisfying(FamilyRejectedException.class, e -> {
                    assertThat(e.family()).isEqualTo("B");
                    assertThat(e.missing()).isEqualTo("B-MP");
                })
                .hasMessageStartingWith("family B");
    }

    @Test
    void anAlleleTheLocusDoesNotListIsRefusedWithTheFamilyNamed() {
        Pedigree p = Pedigree.nuclear("D-FA", "D-MO", "D-MP");
        SearchFamily unknown = new SearchFamily("D", "D-MP", p,
                GenotypeTable.builder().put("D-FA", "L", Genotype.of("10", "99")).build());
        assertThatThrownBy(() -> SearchIndex.build(List.of(good("A"), unknown), List.of(L), LikelihoodOptions.defaults(), 1))
                .isInstanceOfSatisfying(FamilyRejectedException.class,
                        e -> assertThat(e.missing()).isEqualTo("D-MP"));
    }
}
