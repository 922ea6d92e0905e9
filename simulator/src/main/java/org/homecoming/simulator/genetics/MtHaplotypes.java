package org.homecoming.simulator.genetics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * mtDNA control-region haplotypes written as differences from rCRS over 16024–576, passed from mother to child.
 *
 * <p>{@code MtHaplotypes.format(MtHaplotypes.founder(rng, false))} gives e.g.
 * {@code "16024-576:16223T 16362C 73G 263G 309.1C 315.1C 489C"}
 *
 * <p>Founders take an approximate haplogroup motif (East Asian — D4, D5, M7b, M7c, B4, B5, F1, F2, R9b, N9a, A,
 * G, C, E, Y and others, weighted roughly as among the Kinh — or European for US families), a Poisson number
 * (mean {@value #PRIVATE_MEAN}) of private transitions at hypervariable sites (hot spots such as 16093, 16189,
 * 16519, 146, 152 and 195 four times as likely as the others), a C-stretch length variant 309.1C (45%) or
 * 309.1C 309.2C (15%), and now and then (2%) a point heteroplasmy. Founders so differ from the rCRS at 6–14
 * sites, and two unrelated founders at about ten.
 *
 * <p>Transmission: a mutation visible in the control region happens in {@value #MUTATION_RATE_TEXT}
 * transmissions — Parsons et al. 1997 (Nature Genetics 15:363) saw 10 substitutions in 327 generational events
 * over HVS-I and HVS-II, several of them heteroplasmic. A new mutation is seen as a point heteroplasmy (the IUPAC
 * code of both bases, e.g. {@code 16093Y}) half the time, else as a full change (gain or loss of a variant); a
 * mother's heteroplasmy is passed on as such one time in three, otherwise it resolves to one base or the other.
 * The C-stretch length changes by one base in 5% of transmissions (length heteroplasmy, which comparisons
 * ignore). Synthetic, not a haplotype database: enough to make lineage matches, near-matches and population
 * frequencies look right.
 */
public final class MtHaplotypes {

    public static final String RANGE = "16024-576";
    /** Probability per mother-to-child transmission of a point change in the control region. */
    public static final double MUTATION_RATE = 1.0 / 33;
    static final String MUTATION_RATE_TEXT = "1 of 33";
    static final double PRIVATE_MEAN = 2.0;
    static final double NEW_HETEROPLASMY = 0.5;
    static final double HETEROPLASMY_KEPT = 1.0 / 3;
    static final double FOUNDER_HETEROPLASMY = 0.02;
    static final double LENGTH_SHIFT = 0.05;

    private record Motif(double weight, String variants) {
    }

    private static final List<Motif> EAST_ASIAN = List.of(
            new Motif(8, "16223T 16362C 73G 263G 315.1C 489C"),
            new Motif(3, "16129A 16223T 16362C 73G 263G 315.1C 489C"),
            new Motif(3, "16164G 16172C 16182C 16183C 16189C 16223T 16266T 73G 150T 263G 315.1C 489C"),
            new Motif(6, "16129A 16192T 16223T 16297C 73G 146C 199C 263G 315.1C 489C"),
            new Motif(2, "16223T 16295T 73G 146C 199C 263G 315.1C 489C"),
            new Motif(2, "16129A 16223T 16297C 16519C 73G 199C 263G 315.1C 489C"),
            new Motif(4, "16217C 16519C 73G 263G 315.1C"),
            new Motif(3, "16217C 16261T 16519C 73G 263G 315.1C"),
            new Motif(4, "16140C 16189C 16266T 73G 210G 263G 315.1C"),
            new Motif(2, "16140C 16189C 16217C 16274A 16335G 73G 207A 263G 315.1C"),
            new Motif(6, "16129A 16162G 16172C 16304C 73G 249DEL 263G 315.1C"),
            new Motif(3, "16304C 73G 249DEL 263G 315.1C"),
            new Motif(2, "16203G 16291T 16304C 73G 249DEL 263G 315.1C"),
            new Motif(2, "16192T 16304C 73G 263G 315.1C"),
            new Motif(2, "16223T 16311C 73G 263G 315.1C 489C"),
            new Motif(2, "16223T 16257A 16261T 73G 150T 263G 315.1C"),
            new Motif(2, "16223T 16290T 16319A 73G 235G 263G 315.1C"),
            new Motif(1, "16223T 16274A 73G 263G 315.1C 489C"),
            new Motif(1, "16223T 16298C 16327T 73G 249DEL 263G 315.1C 489C"),
            new Motif(1, "16223T 16291T 73G 263G 315.1C 489C"),
            new Motif(2, "16223T 73G 263G 315.1C 489C"),
            new Motif(1, "16126C 16231C 16266T 73G 263G 315.1C 489C"));
    private static final List<Motif> EUROPEAN = List.of(
            new Motif(4, "263G 315.1C"),
            new Motif(3, "16519C 263G 315.1C"),
            new Motif(1, "16311C 263G 315.1C"),
            new Motif(2, "16192T 16270T 73G 150T 263G 315.1C"),
            new Motif(2, "16069T 16126C 73G 185A 228A 263G 295T 315.1C 462T 489C"),
            new Motif(2, "16126C 16294T 16296T 73G 263G 315.1C"),
            new Motif(2, "16224C 16311C 73G 263G 315.1C 497T"),
            new Motif(1, "16298C 72C 263G 315.1C"),
            new Motif(1, "16129A 16223T 16391A 73G 199C 204C 250C 263G 315.1C"));
    /** Transitions from the rCRS base at hypervariable sites; the first twelve are hot spots. */
    private static final List<String> SITES = List.of("16093C", "16129A", "16172C", "16189C", "16304C", "16311C",
            "16362C", "16519C", "146C", "150T", "152C", "195C", "16086C", "16092C", "16136C", "16145A", "16148T",
            "16153A", "16192T", "16209C", "16213A", "16218T", "16219G", "16224C", "16234T", "16240G", "16249C",
            "16256T", "16261T", "16266T", "16270T", "16274A", "16278T", "16284G", "16288C", "16290T", "16291T",
            "16293G", "16294T", "16295T", "16296T", "16298C", "16299G", "16300G", "16309G", "16316G", "16319A",
            "16320T", "16324C", "16325C", "16327T", "16335G", "16342C", "16355T", "16357C", "16360T", "16390A",
            "16399G", "16527T", "64T", "93G", "143A", "151T", "153G", "182T", "185A", "186T", "189G", "194T", "198T",
            "199C", "200G", "204C", "207A", "210G", "215G", "227G", "228A", "234G", "235G", "236C", "239C", "244G",
            "247A", "295T", "297G", "316A", "456T", "462T", "482C", "489C", "497T", "499A", "508G");
    private static final int HOT_SPOTS = 12;
    private static final double HOT_WEIGHT = 4;

    private MtHaplotypes() {
    }

    public static TreeSet<String> founder(SplittableRandom rng, boolean european) {
        List<Motif> motifs = european ? EUROPEAN : EAST_ASIAN;
        double u = rng.nextDouble() * motifs.stream().mapToDouble(Motif::weight).sum();
        int m = 0;
        while (m < motifs.size() - 1 && (u -= motifs.get(m).weight()) >= 0) {
            m++;
        }
        TreeSet<String> h = newSet();
        h.addAll(Arrays.asList(motifs.get(m).variants().split(" ")));
        int privateVariants = YHaplotypes.poisson(PRIVATE_MEAN, rng);
        for (int i = 0; i < privateVariants; i++) {
            toggle(h, site(rng));
        }
        double length = rng.nextDouble();
        if (length < 0.6) {
            h.add("309.1C");
        }
        if (length < 0.15) {
            h.add("309.2C");
        }
        if (rng.nextDouble() < FOUNDER_HETEROPLASMY) {
            heteroplasmy(h, site(rng));
        }
        return h;
    }

    /** The child's haplotype: the mother's own set when nothing changed, a new set otherwise. */
    public static TreeSet<String> child(TreeSet<String> mother, SplittableRandom rng) {
        TreeSet<String> h = mother;
        for (String v : mother) {
            if (isHeteroplasmy(v) && rng.nextDouble() >= HETEROPLASMY_KEPT) {
                h = h == mother ? copy(mother) : h;
                h.remove(v);
                if (rng.nextBoolean()) {
                    h.add(v.substring(0, v.length() - 1) + derivedBase(v));
                }
            }
        }
        if (rng.nextDouble() < MUTATION_RATE) {
            h = h == mother ? copy(mother) : h;
            String site = site(rng);
            if (rng.nextDouble() < NEW_HETEROPLASMY) {
                heteroplasmy(h, site);
            } else {
                toggle(h, site);
            }
        }
        if (rng.nextDouble() < LENGTH_SHIFT) {
            h = h == mother ? copy(mother) : h;
            shiftLength(h, rng);
        }
        return h;
    }

    public static String format(TreeSet<String> h) {
        return RANGE + ":" + String.join(" ", h);
    }

    private static String site(SplittableRandom rng) {
        double total = HOT_SPOTS * HOT_WEIGHT + (SITES.size() - HOT_SPOTS);
        double u = rng.nextDouble() * total;
        if (u < HOT_SPOTS * HOT_WEIGHT) {
            return SITES.get((int) (u / HOT_WEIGHT));
        }
        return SITES.get(Math.min(SITES.size() - 1, HOT_SPOTS + (int) (u - HOT_SPOTS * HOT_WEIGHT)));
    }

    /** Removes whatever {@code h} lists at the site of {@code variant}, or adds {@code variant} if nothing. */
    private static void toggle(TreeSet<String> h, String variant) {
        if (!removeSite(h, position(variant))) {
            h.add(variant);
        }
    }

    /** Both the rCRS base and the transition at the site of {@code variant}, as its IUPAC code. */
    private static void heteroplasmy(TreeSet<String> h, String variant) {
        String position = position(variant);
        removeSite(h, position);
        char derived = variant.charAt(variant.length() - 1);
        h.add(position + (derived == 'A' || derived == 'G' ? 'R' : 'Y'));
    }

    /** For a heteroplasmy R (A/G) or Y (C/T) at a site whose transition {@link #SITES} lists, that transition. */
    private static char derivedBase(String heteroplasmy) {
        String position = position(heteroplasmy);
        for (String s : SITES) {
            if (position(s).equals(position)) {
                return s.charAt(s.length() - 1);
            }
        }
        throw new IllegalStateException("heteroplasmy at a site not in the list: " + heteroplasmy);
    }

    private static void shiftLength(TreeSet<String> h, SplittableRandom rng) {
        boolean one = h.contains("309.1C");
        boolean two = h.contains("309.2C");
        boolean longer = !two && (!one || rng.nextBoolean());
        if (longer) {
            h.add(one ? "309.2C" : "309.1C");
        } else {
            h.remove(two ? "309.2C" : "309.1C");
        }
    }

    private static boolean removeSite(TreeSet<String> h, String position) {
        return h.removeIf(v -> position(v).equals(position));
    }

    static boolean isHeteroplasmy(String variant) {
        char base = variant.charAt(variant.length() - 1);
        return base == 'R' || base == 'Y';
    }

    /** The site of a variant: {@code 16223} for {@code 16223T}, {@code 315.1} for {@code 315.1C}. */
    static String position(String variant) {
        int i = 0;
        while (i < variant.length() && (Character.isDigit(variant.charAt(i)) || variant.charAt(i) == '.')) {
            i++;
        }
        return variant.substring(0, i);
    }

    /** A haplotype of the given variants, ordered as the range reads. */
    static TreeSet<String> of(String... variants) {
        TreeSet<String> h = newSet();
        h.addAll(Arrays.asList(variants));
        return h;
    }

    private static TreeSet<String> copy(TreeSet<String> h) {
        TreeSet<String> c = newSet();
        c.addAll(h);
        return c;
    }

    private static TreeSet<String> newSet() {
        return new TreeSet<>((a, b) -> Double.compare(key(a), key(b)) != 0 ? Double.compare(key(a), key(b))
                : a.compareTo(b));
    }

    /** Position along the range 16024→16569→1→576, so HVS-I comes before HVS-II as the range reads. */
    static double key(String variant) {
        double pos = Double.parseDouble(position(variant));
        return pos >= 16024 ? pos - 16024 : pos + 546;
    }

    /** The variants of a formatted value, in order. */
    public static List<String> variants(String value) {
        String diffs = value.substring(value.indexOf(':') + 1).strip();
        return diffs.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(diffs.split(" ")));
    }
}
