package org.homecoming.simulator.genetics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * mtDNA control-region haplotypes written as differences from rCRS over 16024–576, passed from mother to child.
 *
 * <p>{@code MtHaplotypes.format(MtHaplotypes.founder(rng, false))} gives e.g. {@code "16024-576:16223T 16362C 73G 263G 315.1C"}
 *
 * <p>Founders take an approximate haplogroup motif (East Asian, or European for US families) and up to two
 * private variants; a mutation toggles one variant from a list of known variable sites. Synthetic, not a
 * haplotype database: enough to make lineage matches and mismatches look right.
 */
public final class MtHaplotypes {

    public static final String RANGE = "16024-576";
    public static final double MUTATION_RATE = 0.002;

    private static final List<String> EAST_ASIAN_MOTIFS = List.of(
            "16223T 16362C 73G 263G 315.1C 489C",
            "16129A 16223T 16298C 16327T 73G 249DEL 263G 315.1C 489C",
            "16189C 16217C 16261T 73G 263G 315.1C",
            "16172C 16304C 73G 263G 315.1C",
            "16223T 16290T 16319A 73G 235G 263G 315.1C 489C",
            "16129A 16172C 16304C 73G 249DEL 263G 315.1C",
            "16182C 16183C 16189C 16217C 73G 263G 315.1C",
            "16223T 16257A 16261T 73G 263G 315.1C 489C",
            "16223T 16362C 73G 150T 263G 315.1C 489C",
            "16223T 16295T 16362C 73G 263G 315.1C 489C",
            "16140C 16189C 16243C 73G 263G 315.1C",
            "16519C 73G 263G 315.1C");
    private static final List<String> EUROPEAN_MOTIFS = List.of(
            "16519C 263G 315.1C",
            "263G 315.1C",
            "16069T 16126C 73G 185A 188G 228A 263G 295T 315.1C 462T 489C",
            "16224C 16311C 73G 263G 315.1C 497T",
            "16298C 72C 263G 315.1C",
            "16270T 73G 150T 263G 315.1C",
            "16126C 16294T 16296T 73G 263G 315.1C");
    private static final List<String> VARIABLE_SITES = List.of("16093C", "16129A", "16172C", "16183C", "16189C",
            "16209C", "16234T", "16256T", "16261T", "16266T", "16274A", "16278T", "16290T", "16294T", "16304C",
            "16311C", "16319A", "146C", "150T", "152C", "189G", "195C", "199C", "204C", "207A", "228A");

    private MtHaplotypes() {
    }

    public static TreeSet<String> founder(SplittableRandom rng, boolean european) {
        List<String> motifs = european ? EUROPEAN_MOTIFS : EAST_ASIAN_MOTIFS;
        TreeSet<String> h = newSet();
        h.addAll(Arrays.asList(motifs.get(rng.nextInt(motifs.size())).split(" ")));
        int privateVariants = rng.nextInt(3);
        for (int i = 0; i < privateVariants; i++) {
            toggle(h, rng);
        }
        return h;
    }

    public static TreeSet<String> child(TreeSet<String> mother, SplittableRandom rng) {
        if (rng.nextDouble() >= MUTATION_RATE) {
            return mother;
        }
        TreeSet<String> h = newSet();
        h.addAll(mother);
        toggle(h, rng);
        return h;
    }

    public static String format(TreeSet<String> h) {
        return RANGE + ":" + String.join(" ", h);
    }

    private static void toggle(TreeSet<String> h, SplittableRandom rng) {
        String site = VARIABLE_SITES.get(rng.nextInt(VARIABLE_SITES.size()));
        if (!h.remove(site)) {
            h.add(site);
        }
    }

    private static TreeSet<String> newSet() {
        return new TreeSet<>((a, b) -> Double.compare(key(a), key(b)) != 0 ? Double.compare(key(a), key(b))
                : a.compareTo(b));
    }

    /** Position along the range 16024→16569→1→576, so HVS-I comes before HVS-II as the range reads. */
    static double key(String variant) {
        int i = 0;
        while (i < variant.length() && (Character.isDigit(variant.charAt(i)) || variant.charAt(i) == '.')) {
            i++;
        }
        double pos = Double.parseDouble(variant.substring(0, i));
        return pos >= 16024 ? pos - 16024 : pos + 546;
    }

    /** The variants of a formatted value, in order. */
    public static List<String> variants(String value) {
        String diffs = value.substring(value.indexOf(':') + 1).strip();
        return diffs.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(diffs.split(" ")));
    }
}
