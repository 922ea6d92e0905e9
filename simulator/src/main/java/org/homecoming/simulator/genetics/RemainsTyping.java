package org.homecoming.simulator.genetics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a laboratory calls from degraded remains: loci drop out, heterozygotes lose an allele.
 *
 * <p>{@code RemainsTyping.type(genome, trueGenotype, 0.6, rng)} returns the calls that survived.
 *
 * <p>Model, per locus with amplicon class weight w (S 0.35, M 0.7, L 1.1) and sample degradation d in [0, 1]:
 * the locus fails with probability {@code min(0.98, d·w)}; a surviving heterozygote shows one allele (allelic
 * dropout, called homozygous) with probability {@code 0.4·min(0.98, d·w)}, either allele alike. A call is marked
 * degraded when its locus's dropout probability is at least 0.25, as a laboratory flags low peaks.
 */
public final class RemainsTyping {

    static final double DEGRADED_FLAG = 0.25;

    private RemainsTyping() {
    }

    /** One called locus: labels smaller first, equal for a homozygous call. */
    public record Call(String locus, String allele1, String allele2, boolean degraded) {
    }

    public static List<Call> type(Genome genome, int[] genotype, double degradation, SplittableRandom rng) {
        if (!(degradation >= 0 && degradation <= 1)) {
            throw new IllegalArgumentException("degradation must be in [0, 1]: " + degradation);
        }
        List<Call> calls = new ArrayList<>();
        Kit kit = genome.kit();
        for (int i = 0; i < genome.loci(); i++) {
            String locus = kit.loci().get(i).locus();
            double drop = Math.min(0.98, degradation * Kit.size(locus).weight());
            if (rng.nextDouble() < drop) {
                continue;
            }
            String[] a = genome.labels(genotype, i);
            if (!a[0].equals(a[1]) && rng.nextDouble() < 0.4 * drop) {
                String kept = a[rng.nextInt(2)];
                a = new String[] {kept, kept};
            }
            calls.add(new Call(locus, a[0], a[1], drop >= DEGRADED_FLAG));
        }
        return calls;
    }

    /** Which of the Y-STR slots are called: each fails like an M-class locus; DYS385 copies fail together. */
    public static boolean[] yCalled(double degradation, SplittableRandom rng) {
        boolean[] called = new boolean[YHaplotypes.SLOTS.size()];
        double drop = Math.min(0.98, degradation * Kit.AmpliconSize.M.weight());
        for (int i = 0; i < called.length; i++) {
            called[i] = i == YHaplotypes.DYS385 + 1 ? called[YHaplotypes.DYS385] : rng.nextDouble() >= drop;
        }
        return called;
    }
}
