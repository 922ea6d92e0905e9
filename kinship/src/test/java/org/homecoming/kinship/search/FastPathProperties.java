package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;

/** The precomputed search gives the exact engine's LR on random pairs, mutation and dropout included. */
class FastPathProperties {

    @Property(tries = 150)
    void searchEqualsExactEngine(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<Locus> loci = Scenarios.loci(rnd, 1 + rnd.nextInt(4), Scenarios.model(rnd));
        Scenarios.Drawn drawn = Scenarios.family(rnd, "F", loci);
        double dropout = List.of(0.0, 0.05, 0.3).get(rnd.nextInt(3));
        RemainsProfile v = Scenarios.remains(rnd, "V", loci, rnd.nextBoolean() ? drawn.missingTruth() : null, dropout);
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

    /**
     * The block loops that rank every pair (one remains against a whole block, marker by marker)
     * give the exact LR too, for families of mixed shapes and mutation models sharing a block.
     */
    @Property(tries = 40)
    void blockScoresEqualTheExactEngine(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<Locus> loci = Scenarios.loci(rnd, 1 + rnd.nextInt(4), Scenarios.model(rnd));
        List<SearchFamily> families = new ArrayList<>();
        List<Map<String, Genotype>> truths = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            Scenarios.Drawn d = Scenarios.family(rnd, "F" + f, loci);
            try {
                PairwiseLr.lr(d.family(), RemainsProfile.of("probe", Map.of()), loci, LikelihoodOptions.defaults());
            } catch (IllegalArgumentException impossibleFamily) {
                continue;
            }
            families.add(d.family());
            truths.add(d.missingTruth());
        }
        if (families.isEmpty()) {
            return;
        }
        List<RemainsProfile> remains = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            double dropout = List.of(0.0, 0.05, 0.3).get(rnd.nextInt(3));
            remains.add(Scenarios.remains(rnd, "V" + r, loci,
                    rnd.nextBoolean() ? truths.get(rnd.nextInt(truths.size())) : null, dropout));
        }
        SearchIndex index = SearchIndex.build(families, loci, LikelihoodOptions.defaults(), 1);
        RemainsBatch batch = new RemainsBatch(remains, loci);
        FamilyBlock block = index.blocks().get(0);
        double[] dense = new double[batch.keys() * block.size()];
        block.expand(batch, dense);
        double[] lr = new double[remains.size() * block.size()];
        for (int r = 0; r < remains.size(); r++) {
            double[] row = new double[block.size()];
            FamilyBlock.product(batch, r, loci.size(), dense, block.size(), row);
            System.arraycopy(row, 0, lr, r * block.size(), block.size());
        }
        for (int r = 0; r < remains.size(); r++) {
            for (int f = 0; f < families.size(); f++) {
                double exact = PairwiseLr.lr(families.get(f), remains.get(r), loci, LikelihoodOptions.defaults());
                assertThat(lr[r * block.size() + f]).as("remains %d, family %d", r, f).isCloseTo(exact, within(1e-9 * exact));
                assertThat(index.compare(remains.get(r), f).lr()).isCloseTo(exact, within(1e-9 * exact));
            }
        }
    }
}
