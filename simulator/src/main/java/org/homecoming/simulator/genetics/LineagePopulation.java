package org.homecoming.simulator.genetics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A population reference set of lineage haplotypes, as a laboratory exports it from YHRD- or EMPOP-style
 * databases: unrelated men of the population, each typed at all 23 Y-STR loci and over the whole control region.
 *
 * <p>{@code LineagePopulation.sample(2000, rng).get(0).y()} is a full PowerPlex Y23 haplotype.
 *
 * <p>They are drawn from the same East Asian distribution as the programme's founders, independently of it:
 * none of them belongs to a family or is among the remains. Written as {@code lineage_reference.csv}.
 */
public final class LineagePopulation {

    /**
     * One reference man and his two haplotypes, in the syntax of {@code lineage.csv}.
     *
     * <p>{@code new Individual("LR-000001", "DYS576=18;...", "16024-576:16223T 73G ...")}
     */
    public record Individual(String sampleId, String y, String mito) {
    }

    private LineagePopulation() {
    }

    public static List<Individual> sample(int size, SplittableRandom rng) {
        if (size < 0) {
            throw new IllegalArgumentException("reference set size must be at least 0: " + size);
        }
        List<Individual> set = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            String y = YHaplotypes.format(YHaplotypes.founder(rng, false), null);
            String mito = MtHaplotypes.format(MtHaplotypes.founder(rng, false));
            set.add(new Individual(String.format("LR-%06d", i), y, mito));
        }
        return set;
    }
}
