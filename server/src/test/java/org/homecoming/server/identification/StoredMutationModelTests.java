package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.locus.LocusFrequencies;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.PairwiseLr;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.junit.jupiter.api.Test;

/**
 * The mutation model a search job stored as text, by this version or an earlier one, rebuilds the
 * loci its LRs were computed on. One locus TH01 with 6, 7, 8 at 0.5, 0.3, 0.2; a father typed 6/6,
 * remains 7/7 placed as his son of an untyped mother: the son's paternal 6 must have mutated to 7,
 * and his mother passes a 7 with q7 = Σx px M(x, 7), so LR = M(6, 7) q7 / p7² (M is both sexes' matrix).
 */
class StoredMutationModelTests {

    static final FrequencyDatabase DB = new FrequencyDatabase("hand", "three alleles", List.of(
            new LocusFrequencies("TH01", List.of("6", "7", "8"), new double[] {0.5, 0.3, 0.2})));

    static double lr(String storedText) {
        List<Locus> loci = SearchModel.loci(DB, List.of("TH01"), Map.of(), MutationSpec.parse(storedText));
        Pedigree p = Pedigree.builder().person("FM-1", null, null, Sex.MALE).person("FM-2", null, null, Sex.FEMALE)
                .person("MP-1", "FM-1", "FM-2", Sex.MALE).build();
        GenotypeTable refs = GenotypeTable.builder().put("FM-1", "TH01", Genotype.of("6", "6")).build();
        return PairwiseLr.lr(new SearchFamily("F-1", "MP-1", p, refs),
                new RemainsProfile("R-1", Map.of("TH01", Genotype.of("7", "7")), 0), loci, LikelihoodOptions.defaults());
    }

    @Test
    void textsStoredByEarlierVersionsRecomputeTheirLr() {
        // proportional: M(6, 7) = α p7 with α = rate / Σ p(1 − p) = 0.001 / (0.25 + 0.21 + 0.16); p is
        // stationary, so q7 = p7 and LR = α
        assertThat(lr("proportional(rate=0.001)")).isCloseTo(0.001 / 0.62, within(1e-15));
        // equal: M(x, y) = rate / (n − 1) = 0.0005 off the diagonal; q7 = 0.3 · 0.999 + 0.7 · 0.0005
        assertThat(lr("equal(rate=0.001)")).isCloseTo(0.0005 * (0.3 * 0.999 + 0.7 * 0.0005) / 0.09, within(1e-15));
        // stepwise, range 0.1: from 6 (and from 8) the 7 is one step and the other allele two, so
        // M(6, 7) = M(8, 7) = 0.001 · 0.1 / (0.1 + 0.01); q7 = 0.3 · 0.999 + 0.7 · M(6, 7)
        double step = 0.001 * 0.1 / 0.11;
        assertThat(lr("stepwise(rate=0.001, rate2=0.0, range=0.1)"))
                .isCloseTo(step * (0.3 * 0.999 + 0.7 * step) / 0.09, within(1e-15));
        // without mutation the son cannot carry a 7 from a 6/6 father
        assertThat(lr("none")).isEqualTo(0.0);
    }

    @Test
    void aNewJobStoresTheTextEarlierJobsStored() {
        assertThat(settings("proportional").mutationSpec().text()).isEqualTo("proportional(rate=0.001)");
        assertThat(settings("equal").mutationSpec().text()).isEqualTo("equal(rate=0.001)");
        assertThat(settings("stepwise").mutationSpec().text()).isEqualTo("stepwise(rate=0.001, rate2=0.0, range=0.1)");
        assertThat(settings(" None ").mutationSpec().text()).isEqualTo("none");
    }

    @Test
    void aModelNameTheSettingDoesNotKnowStopsStartUp() {
        assertThatThrownBy(() -> settings("wobbly")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("homecoming.identification.mutation must be none, equal, proportional or stepwise: wobbly");
    }

    static IdentificationSettings settings(String mutation) {
        return new IdentificationSettings(mutation, 0.001, 0.05, 10000, 3, 1, 15, 200, 30);
    }
}
