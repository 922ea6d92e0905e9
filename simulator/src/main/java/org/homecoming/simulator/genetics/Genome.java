package org.homecoming.simulator.genetics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.homecoming.kinship.locus.LocusFrequencies;

/**
 * Gene dropping over a kit: founders drawn from the population frequencies, children by Mendelian transmission
 * with single-step mutation.
 *
 * <p>{@code int[] child = genome.child(genome.founder(rng), genome.founder(rng), rng);}
 *
 * <p>A genotype is an {@code int[2 × loci]}: the alleles of locus {@code i} at {@code 2i} (paternal) and
 * {@code 2i + 1} (maternal), as indices of that locus's {@link AlleleSampler}.
 */
public final class Genome {

    private final Kit kit;
    private final List<AlleleSampler> spaces = new ArrayList<>();
    private final double mutationRate;

    /** {@code mutationRate} is per allele per meiosis; a mutation is one repeat up or down with equal chance. */
    public Genome(Kit kit, double mutationRate) {
        if (!(mutationRate >= 0 && mutationRate <= 1)) {
            throw new IllegalArgumentException("mutation rate must be in [0, 1]: " + mutationRate);
        }
        this.kit = kit;
        this.mutationRate = mutationRate;
        for (LocusFrequencies f : kit.loci()) {
            spaces.add(new AlleleSampler(f));
        }
    }

    public Kit kit() {
        return kit;
    }

    public int loci() {
        return spaces.size();
    }

    public int[] founder(SplittableRandom rng) {
        int[] g = new int[2 * spaces.size()];
        for (int i = 0; i < spaces.size(); i++) {
            g[2 * i] = spaces.get(i).draw(rng);
            g[2 * i + 1] = spaces.get(i).draw(rng);
        }
        return g;
    }

    public int[] child(int[] father, int[] mother, SplittableRandom rng) {
        int[] g = new int[2 * spaces.size()];
        for (int i = 0; i < spaces.size(); i++) {
            g[2 * i] = transmit(i, father[2 * i + rng.nextInt(2)], rng);
            g[2 * i + 1] = transmit(i, mother[2 * i + rng.nextInt(2)], rng);
        }
        return g;
    }

    private int transmit(int locus, int allele, SplittableRandom rng) {
        if (mutationRate > 0 && rng.nextDouble() < mutationRate) {
            return spaces.get(locus).step(allele, rng.nextBoolean() ? 1 : -1);
        }
        return allele;
    }

    /** The two allele labels of {@code locus} in {@code genotype}, smaller first (numerically). */
    public String[] labels(int[] genotype, int locus) {
        String a = spaces.get(locus).label(genotype[2 * locus]);
        String b = spaces.get(locus).label(genotype[2 * locus + 1]);
        return compareAlleles(a, b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }

    /** Orders allele labels by repeat number ({@code 9.3} before {@code 10}), non-numbers after, by text. */
    public static int compareAlleles(String a, String b) {
        double x = number(a);
        double y = number(b);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            return Double.compare(x, y);
        }
        if (Double.isNaN(x) && Double.isNaN(y)) {
            return a.compareTo(b);
        }
        return Double.isNaN(x) ? 1 : -1;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
