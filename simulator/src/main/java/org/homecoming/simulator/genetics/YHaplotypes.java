package org.homecoming.simulator.genetics;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Y-STR haplotypes on the 23 loci of PowerPlex Y23: founders drawn from synthetic haplogroup clades, and
 * father-to-son transmission with the published per-locus mutation rates.
 *
 * <p>{@code YHaplotypes.format(YHaplotypes.founder(rng, false), null)} gives e.g.
 * {@code "DYS576=18;DYS389I=13;DYS448=19;DYS389II=29;...;DYS385=12,18;DYS456=15;Y_GATA_H4=12"}
 *
 * <p>A haplotype is an {@code int[23]} in {@link #SLOTS} order (the kit's order): the repeat numbers as called,
 * DYS385 as two ascending copies. DYS389II is called over the whole region, which contains DYS389I, so a step at
 * DYS389I moves both calls; the DYS389II slot's own rate is that of the part outside DYS389I.
 *
 * <p>Mutation rates per father-son transmission ({@link Slot#rate}): YHRD release 61 (June 2019) as tabulated
 * in Genes 11:566 (2020), Table 1, except DYS549, DYS643 and DYS385a/b, which that table lacks, taken from the
 * reference column "GP" of Scientific Reports 9:9032 (2019), Table 1 (DYS385a/b 5.37 × 10⁻³ for the pair, split
 * evenly). DYS389II: 4.33 × 10⁻³ in all, 2.72 × 10⁻³ of it DYS389I. Sum over the 23 slots: 0.0826 mutations per
 * meiosis. Each mutation is one repeat (96%) or two (4%; Ballantyne et al. 2010, AJHG 87:341, found about 96% of
 * Y-STR mutations single-step), up or down alike.
 *
 * <p>Founders: a clade (haplogroup) is drawn by weight, then its modal haplotype evolves by the same mutation
 * process over a random 150–600 generations, the age of the founder's branch of the clade. Loci of high rate
 * (DYS576, DYS570, DYS458) so become diverse and slow ones (DYS438, DYS392) stay near the mode, as in real
 * populations; men of one clade share most alleles, and two unrelated founders almost never share all 23. The
 * modal haplotypes are synthetic, close to published modal values of East Asian (O2-M122, O1b-M95, O1a, C2, N,
 * Q, D) and, for US families, European (R1b, I1, R1a, E1b, J2) haplogroups with Vietnamese and US weights.
 */
public final class YHaplotypes {

    /**
     * One call of the kit and its father-to-son mutation rate.
     *
     * <p>{@code new Slot("DYS19", 0.0022)}
     */
    public record Slot(String locus, double rate) {
    }

    /** The 23 calls of PowerPlex Y23 in kit order; DYS385 has two copies (slots 19 and 20). */
    public static final List<Slot> SLOTS = List.of(new Slot("DYS576", 0.0126), new Slot("DYS389I", 0.00272),
            new Slot("DYS448", 0.00139), new Slot("DYS389II", 0.00161), new Slot("DYS19", 0.00220),
            new Slot("DYS391", 0.00253), new Slot("DYS481", 0.00488), new Slot("DYS549", 0.00452),
            new Slot("DYS533", 0.00368), new Slot("DYS438", 0.000351), new Slot("DYS437", 0.00132),
            new Slot("DYS570", 0.0114), new Slot("DYS635", 0.00421), new Slot("DYS390", 0.00208),
            new Slot("DYS439", 0.00546), new Slot("DYS392", 0.000496), new Slot("DYS643", 0.00113),
            new Slot("DYS393", 0.00107), new Slot("DYS458", 0.00617), new Slot("DYS385", 0.002685),
            new Slot("DYS385", 0.002685), new Slot("DYS456", 0.00441), new Slot("Y_GATA_H4", 0.00301));
    /** The first copy of DYS385; the second is the next slot. */
    public static final int DYS385 = 19;
    static final int DYS389I = 1;
    static final int DYS389II = 3;
    static final double TWO_STEP = 0.04;
    static final int MIN_GENERATIONS = 100;
    static final int MAX_GENERATIONS = 450;

    private record Clade(String name, double weight, int[] mode) {
    }

    //                                                 576 389I 448 389II 19 391 481 549 533 438 437 570 635 390 439 392 643 393 458 385a/b 456 H4
    private static final List<Clade> EAST_ASIAN = List.of(
            new Clade("O2-M122", 33, new int[] {18, 13, 19, 29, 15, 10, 22, 12, 11, 10, 14, 18, 21, 23, 12, 13, 10, 12, 17, 12, 18, 15, 12}),
            new Clade("O1b-M95", 30, new int[] {18, 12, 20, 28, 15, 10, 23, 13, 11, 10, 14, 17, 20, 24, 12, 11, 10, 13, 16, 13, 19, 15, 11}),
            new Clade("O1a-M119", 8, new int[] {17, 13, 20, 29, 14, 10, 23, 12, 12, 10, 14, 19, 21, 23, 11, 13, 9, 13, 17, 13, 18, 16, 12}),
            new Clade("C2-M217", 8, new int[] {17, 14, 20, 31, 16, 10, 25, 12, 11, 11, 14, 18, 22, 24, 11, 11, 10, 13, 18, 12, 19, 15, 11}),
            new Clade("N-M231", 8, new int[] {17, 14, 19, 30, 14, 11, 25, 12, 11, 10, 14, 18, 21, 23, 11, 14, 10, 14, 17, 11, 17, 15, 11}),
            new Clade("Q-M242", 5, new int[] {18, 13, 19, 30, 13, 10, 26, 13, 11, 11, 14, 18, 23, 24, 12, 14, 11, 13, 16, 13, 18, 15, 12}),
            new Clade("D-M174", 8, new int[] {19, 13, 19, 31, 15, 10, 22, 12, 12, 10, 14, 19, 22, 25, 11, 11, 11, 13, 17, 12, 19, 16, 12}));
    private static final List<Clade> EUROPEAN = List.of(
            new Clade("R1b-M269", 50, new int[] {18, 13, 19, 29, 14, 11, 22, 13, 12, 12, 15, 17, 23, 24, 12, 13, 10, 13, 17, 11, 14, 16, 12}),
            new Clade("I1-M253", 15, new int[] {18, 14, 21, 31, 14, 10, 26, 12, 12, 10, 16, 16, 23, 22, 11, 11, 10, 13, 15, 13, 14, 15, 12}),
            new Clade("R1a-M198", 12, new int[] {19, 13, 20, 30, 16, 11, 25, 12, 11, 11, 14, 19, 23, 25, 11, 11, 10, 13, 15, 11, 14, 16, 12}),
            new Clade("E1b-V13", 13, new int[] {17, 13, 20, 30, 13, 10, 22, 12, 11, 10, 14, 18, 21, 24, 12, 11, 10, 13, 16, 16, 17, 15, 11}),
            new Clade("J2-M172", 10, new int[] {17, 13, 20, 30, 14, 10, 23, 12, 12, 9, 14, 18, 21, 23, 11, 11, 11, 12, 17, 13, 17, 16, 11}));

    private YHaplotypes() {
    }

    /** The expected number of mutations per father-son transmission: the sum of the slots' rates. */
    public static double totalRate() {
        return SLOTS.stream().mapToDouble(Slot::rate).sum();
    }

    /** An East Asian founder. */
    public static int[] founder(SplittableRandom rng) {
        return founder(rng, false);
    }

    /** A founder of a random clade, European for US families. */
    public static int[] founder(SplittableRandom rng, boolean european) {
        List<Clade> clades = european ? EUROPEAN : EAST_ASIAN;
        double u = rng.nextDouble() * clades.stream().mapToDouble(Clade::weight).sum();
        int c = 0;
        while (c < clades.size() - 1 && (u -= clades.get(c).weight()) >= 0) {
            c++;
        }
        int[] h = clades.get(c).mode().clone();
        int generations = MIN_GENERATIONS + rng.nextInt(MAX_GENERATIONS - MIN_GENERATIONS + 1);
        for (int i = 0; i < h.length; i++) {
            int mutations = poisson(SLOTS.get(i).rate() * generations, rng);
            for (int k = 0; k < mutations; k++) {
                step(h, i, rng);
            }
        }
        order(h);
        return h;
    }

    public static int[] son(int[] father, SplittableRandom rng) {
        int[] h = father.clone();
        for (int i = 0; i < h.length; i++) {
            if (rng.nextDouble() < SLOTS.get(i).rate()) {
                step(h, i, rng);
            }
        }
        order(h);
        return h;
    }

    /** The lineage.csv value in kit order; {@code called} marks the slots typed ({@code null}: all). */
    public static String format(int[] h, boolean[] called) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < h.length; i++) {
            if (called != null && !called[i]) {
                continue;
            }
            boolean secondCopy = i == DYS385 + 1 && (called == null || called[DYS385]);
            if (secondCopy) {
                sb.append(',').append(h[i]);
                continue;
            }
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(SLOTS.get(i).locus()).append('=').append(h[i]);
        }
        return sb.toString();
    }

    /** One mutation at slot {@code i}; a DYS389I step lengthens or shortens DYS389II with it. */
    private static void step(int[] h, int i, SplittableRandom rng) {
        int size = rng.nextDouble() < TWO_STEP ? 2 : 1;
        int delta = rng.nextBoolean() ? size : -size;
        if (h[i] + delta < 5) {
            delta = -delta;
        }
        h[i] += delta;
        if (i == DYS389I) {
            h[DYS389II] += delta;
        }
    }

    private static void order(int[] h) {
        if (h[DYS385] > h[DYS385 + 1]) {
            int t = h[DYS385];
            h[DYS385] = h[DYS385 + 1];
            h[DYS385 + 1] = t;
        }
    }

    /** A Poisson draw by multiplying uniforms (Knuth); the means here stay below 10. */
    static int poisson(double mean, SplittableRandom rng) {
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }
}
