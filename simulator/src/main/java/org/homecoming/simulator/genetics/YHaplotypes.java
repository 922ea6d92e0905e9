package org.homecoming.simulator.genetics;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Y-STR haplotypes on the 17 Yfiler loci: random founders, single-step mutation from father to son.
 *
 * <p>{@code YHaplotypes.format(YHaplotypes.founder(rng), null)} gives e.g. {@code "DYS19=15;DYS385=13,17;..."}
 *
 * <p>Founder alleles are drawn around a typical modal value per locus (a synthetic stand-in for a haplotype
 * database, close to East Asian modal values); a haplotype is an {@code int[18]} in {@link #SLOTS} order.
 */
public final class YHaplotypes {

    /** The slots of a haplotype; DYS385 has two copies. */
    public static final List<String> SLOTS = List.of("DYS19", "DYS385", "DYS385", "DYS389I", "DYS389II", "DYS390",
            "DYS391", "DYS392", "DYS393", "DYS437", "DYS438", "DYS439", "DYS448", "DYS456", "DYS458", "DYS635",
            "Y_GATA_H4");
    private static final int[] MODE = {15, 13, 18, 13, 29, 23, 10, 13, 12, 14, 10, 12, 19, 15, 17, 21, 12};
    /** Per locus per generation, the order of published Y-STR rates. */
    public static final double MUTATION_RATE = 0.0025;

    private YHaplotypes() {
    }

    public static int[] founder(SplittableRandom rng) {
        int[] h = new int[MODE.length];
        for (int i = 0; i < h.length; i++) {
            // a difference of two uniform draws on {-2..2}: triangular around the mode, spread ±4
            h[i] = MODE[i] + rng.nextInt(5) - rng.nextInt(5);
        }
        if (h[1] > h[2]) {
            int t = h[1];
            h[1] = h[2];
            h[2] = t;
        }
        return h;
    }

    public static int[] son(int[] father, SplittableRandom rng) {
        int[] h = father.clone();
        for (int i = 0; i < h.length; i++) {
            if (rng.nextDouble() < MUTATION_RATE) {
                h[i] = Math.max(1, h[i] + (rng.nextBoolean() ? 1 : -1));
            }
        }
        if (h[1] > h[2]) {
            int t = h[1];
            h[1] = h[2];
            h[2] = t;
        }
        return h;
    }

    /** The lineage.csv value; {@code called} marks the slots typed ({@code null}: all). */
    public static String format(int[] h, boolean[] called) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < h.length; i++) {
            if (called != null && !called[i]) {
                continue;
            }
            boolean secondCopy = i == 2 && (called == null || called[1]);
            if (secondCopy) {
                sb.append(',').append(h[i]);
                continue;
            }
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(SLOTS.get(i)).append('=').append(h[i]);
        }
        return sb.toString();
    }
}
