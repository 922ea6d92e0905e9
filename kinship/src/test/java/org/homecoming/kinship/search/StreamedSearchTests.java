package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search without an index gives, pair for pair and number for number, the indexed search's result. */
class StreamedSearchTests {

    private static final LikelihoodOptions NONE = LikelihoodOptions.defaults();

    /** 150 families (three blocks, the last one short) against 120 remains in chunks of 50, so blocks meet several chunks. */
    @ParameterizedTest
    @ValueSource(strings = {"none", "equal", "proportional", "stepwise"})
    void everyMutationModelGivesTheIndexedSearchesResult(String model) {
        List<Locus> loci = SyntheticSearchData.withMutation(SyntheticSearchData.loci(6, 3),
                MutationSpec.fromSetting("--mutation", model, 0.002));
        SyntheticSearchData data = SyntheticSearchData.generate(loci, 150, 120, 5);
        for (int threads : new int[] {1, 3}) {
            SearchOptions o = new SearchOptions(3, 100, threads, 50);
            SearchResult indexed = DatabaseSearch.run(SearchIndex.build(data.families(), loci, NONE, 2), data.remains(), o);
            AtomicLong last = new AtomicLong();
            SearchResult streamed = StreamedSearch.run(data.families(), loci, NONE, data.remains(), o,
                    (done, total) -> last.set(done));
            assertThat(streamed.byRemains()).as("%s, %d threads", model, threads).isEqualTo(indexed.byRemains());
            assertThat(streamed.byMissing()).isEqualTo(indexed.byMissing());
            assertThat(streamed.aboveThreshold()).isEqualTo(indexed.aboveThreshold());
            assertThat(streamed.comparisons()).isEqualTo(150L * 120).isEqualTo(indexed.comparisons());
            assertThat(streamed.indexVersions()).isEqualTo(indexed.indexVersions());
            assertThat(last.get()).isEqualTo(150L * 120);
        }
        SearchResult r = StreamedSearch.run(data.families(), loci, NONE, data.remains(), SearchOptions.defaults(),
                SearchProgress.NONE);
        assertThat(r.aboveThreshold()).as("the synthetic missing persons among the remains are found").isNotEmpty();
    }

    /** How a cluster cuts it: slices of the families searched apart (compiled apart), merged in any grouping. */
    @Test
    void partsOverSlicesOfTheFamiliesMergeIntoTheWholeSearch() throws Exception {
        List<Locus> loci = SyntheticSearchData.withMutation(SyntheticSearchData.loci(5, 8),
                MutationSpec.fromSetting("--mutation", "stepwise", 0.002));
        SyntheticSearchData data = SyntheticSearchData.generate(loci, 150, 90, 9);
        List<SearchFamily> fs = data.families();
        SearchOptions o = new SearchOptions(2, 50, 2, 40);
        SearchResult whole = DatabaseSearch.run(SearchIndex.build(fs, loci, NONE, 2), data.remains(), o);
        StreamedPart a = StreamedSearch.part(fs.subList(0, 40), 0, loci, NONE, data.remains(), o, SearchProgress.NONE);
        StreamedPart b = StreamedSearch.part(fs.subList(40, 100), 40, loci, NONE, data.remains(), o, SearchProgress.NONE);
        StreamedPart c = StreamedSearch.part(fs.subList(100, 150), 100, loci, NONE, data.remains(), o, SearchProgress.NONE);
        // a part travels to the driver as Java serialisation
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        StreamedPart cBack;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            cBack = (StreamedPart) in.readObject();
        }
        for (StreamedPart merged : List.of(a.merge(b).merge(cBack), cBack.merge(a.merge(b)), b.merge(cBack.merge(a)))) {
            SearchResult r = StreamedSearch.assemble(fs, loci, NONE, data.remains(), o, merged);
            assertThat(r.byRemains()).isEqualTo(whole.byRemains());
            assertThat(r.byMissing()).isEqualTo(whole.byMissing());
            assertThat(r.aboveThreshold()).isEqualTo(whole.aboveThreshold());
            assertThat(r.comparisons()).isEqualTo(whole.comparisons());
            assertThat(r.indexVersions()).isEqualTo(whole.indexVersions());
        }
        assertThatThrownBy(() -> a.merge(a)).hasMessageContaining("parts overlap at family 0");
        assertThatThrownBy(() -> StreamedSearch.assemble(fs, loci, NONE, data.remains(), o, a.merge(b)))
                .hasMessageContaining("the part covers 100 families and 90 remains");
    }

    @Test
    void remainsOfTheOtherSexAreNotPairedAndExclusionsAreCounted() {
        Locus l = Locus.of("L", List.of("10", "11", "12", "13"), new double[] {0.1, 0.2, 0.3, 0.4});
        Pedigree p = Pedigree.nuclear("FA", "MO", "MP");
        SearchFamily f = new SearchFamily("F1", "MP", p, GenotypeTable.builder().put("FA", "L", Genotype.of("10", "11")).build());
        Map<String, Genotype> calls = Map.of("L", Genotype.of("10", "12"));
        List<RemainsProfile> remains = List.of(new RemainsProfile("W", calls, 0, Sex.FEMALE),
                new RemainsProfile("M", calls, 0, Sex.MALE), RemainsProfile.of("X", Map.of("L", Genotype.of("12", "13"))));
        Locus mutating = l.withMutation(MutationModel.proportional(0.002, l.frequencies()));
        SearchResult r = StreamedSearch.run(List.of(f), List.of(mutating), NONE, remains, SearchOptions.defaults(),
                SearchProgress.NONE);
        assertThat(r.forRemains("W")).isEmpty();
        assertThat(r.forRemains("M")).singleElement().satisfies(c -> assertThat(c.excluded()).isZero());
        assertThat(r.forRemains("X")).singleElement().satisfies(c -> {
            assertThat(c.excluded()).isEqualTo(1);
            assertThat(c.loci()).isEqualTo(1);
            assertThat(c.log10Lr()).isEqualTo(Math.log10(c.lr()));
        });
        assertThat(r.forMissing("MP")).extracting(Candidate::remains).containsExactly("M", "X");
    }

    @Test
    void badInputIsRefusedAsTheIndexRefusesIt() {
        SyntheticSearchData data = SyntheticSearchData.generate(SyntheticSearchData.loci(3, 1), 3, 2, 1);
        List<SearchFamily> twice = new ArrayList<>(data.families());
        twice.add(data.families().get(0));
        assertThatThrownBy(() -> StreamedSearch.run(twice, data.loci(), NONE, data.remains(), SearchOptions.defaults(),
                SearchProgress.NONE)).hasMessageContaining("appears twice in the index");
        List<RemainsProfile> again = List.of(data.remains().get(0), data.remains().get(0));
        assertThatThrownBy(() -> StreamedSearch.run(data.families(), data.loci(), NONE, again, SearchOptions.defaults(),
                SearchProgress.NONE)).hasMessageContaining("appear twice");
        assertThatThrownBy(() -> StreamedSearch.run(data.families(), data.loci(), NONE.withTheta(0.01), data.remains(),
                SearchOptions.defaults(), SearchProgress.NONE)).hasMessageContaining("θ = 0");
    }
}
