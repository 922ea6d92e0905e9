package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;

/** The precomputed search gives the exact engine's LR on random pairs, mutation and dropout included. */
class FastPathProperties {

    @Property(tries = 150)
    void searchEqualsExactEngine(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<Locus> loci = Scenarios.loci(rnd, 1 + rnd.nextInt(4), Scenarios.model(rnd));
        Scenarios.Drawn drawn = Scenarios.family(rnd, "F", loci);
        double dropout = List.of(0.0, 0.05, 0.3).get(rnd.nextInt(3));
        Remains v = Scenarios.remains(rnd, "V", loci, rnd.nextBoolean() ? drawn.missingTruth() : null, dropout);
        double exact;
        try {
            exact = PairwiseLr.lr(drawn.family(), v, loci, LikelihoodOptions.defaults());
        } catch (IllegalArgumentException impossibleFamily) {
            return;
        }
        SearchIndex index = SearchIndex.build(List.of(drawn.family()), loci, LikelihoodOptions.defaults(), 1);
        SearchResult r = DatabaseSearch.run(index, List.of(v), SearchOptions.defaults().withThreads(1).withTopK(1));
        List<Candidate> found = r.forRemains("V");
        if (exact == 0) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasSize(1);
            assertThat(found.get(0).lr()).isCloseTo(exact, within(1e-9 * exact));
            assertThat(found.get(0).log10Lr()).isCloseTo(Math.log10(exact), within(1e-9));
        }
    }
}
