package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.junit.jupiter.api.Test;

class IdentificationSummaryTests {

    private static final Locus L = Locus.of("L", List.of("10", "11", "12", "13"), new double[] {0.1, 0.1, 0.1, 0.7});

    /**
     * Brothers M1 and M2 with their parents typed 10/11 and 12/13; remains 10/12 of M1 match each at
     * (1/4) / 0.02 = 12.5, above the threshold 10: the match with M2 is a false identification.
     */
    @Test
    void remainsIdentifiedWithTheWrongBrotherCountAsFalse() {
        GenotypeTable refs = GenotypeTable.builder().put("FA", "L", "10", "11").put("MO", "L", "12", "13").build();
        Pedigree p = Pedigree.nuclear("FA", "MO", "M1", "M2");
        List<SearchFamily> families = List.of(new SearchFamily("F", "M1", p, refs), new SearchFamily("F", "M2", p, refs));
        SearchIndex index = SearchIndex.build(families, List.of(L), LikelihoodOptions.defaults(), 1);
        SearchResult r = DatabaseSearch.run(index, List.of(RemainsProfile.of("R1", Map.of("L", Genotype.of("10", "12")))),
                SearchOptions.defaults().withTopK(2).withThreads(1).withThreshold(10));
        IdentificationSummary s = IdentificationSummary.of(r, Map.of("R1", "M1"), Set.of("M1", "M2"));
        assertThat(s.identifications()).isEqualTo(2);
        assertThat(s.correct()).isEqualTo(1);
        assertThat(s.wrong()).isEqualTo(1);
        assertThat(s.missed()).isZero();
        assertThat(s.unrelatedPairs()).as("two pairs compared, one of them true").isEqualTo(1);
    }
}
