package org.homecoming.kinship.lineage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

/**
 * The comparison of two mtDNA profiles over the positions both typed, with the SWGDAM verdict:
 * no difference → cannot exclude, one → inconclusive, two or more → exclusion.
 *
 * <p>{@code MitoComparison.of(MitoProfile.parse("16024-16365", "16223T"), MitoProfile.parse(
 * "16024-576", "16223T 16311C")).conclusion()} is {@code INCONCLUSIVE}.
 *
 * <p>A site differs when the two profiles have no base in common there: a point heteroplasmy
 * (16223Y = C/T) that shares a base with the other profile (16223T, or the rCRS C) is not a
 * difference. Insertions and deletions inside the C-stretches 303–315 (HVS-II) and 16184–16193
 * (HVS-I) are length heteroplasmy, which varies even within one person, and are ignored by
 * convention; they are listed in {@link #ignored()}. Profiles with no typed position in common
 * are inconclusive.
 *
 * @param overlap the number of positions typed in both
 * @param differences the sites where the profiles share no base, in rCRS order
 * @param ignored the C-stretch length variants of either profile that were left out
 */
public record MitoComparison(int overlap, List<SiteDifference> differences, List<MitoVariant> ignored,
        LineageConclusion conclusion) {

    /**
     * A site where the two profiles share no base.
     *
     * @param first the first profile's base there ({@code -} for a gap), as a variant or rCRS base
     * @param second the second profile's base there
     */
    public record SiteDifference(String site, String first, String second) {
    }

    public MitoComparison {
        differences = List.copyOf(differences);
        ignored = List.copyOf(ignored);
    }

    public static MitoComparison of(MitoProfile first, MitoProfile second) {
        BitSet overlap = first.coverage();
        overlap.and(second.coverage());
        TreeMap<Double, String> sites = new TreeMap<>();
        List<MitoVariant> ignored = new ArrayList<>();
        for (MitoProfile p : List.of(first, second)) {
            for (MitoVariant v : p.variants()) {
                if (!overlap.get(v.position())) {
                    continue;
                }
                if (isLengthHeteroplasmy(v)) {
                    ignored.add(v);
                } else {
                    sites.put(v.position() + v.insertion() / 1000.0, v.site());
                }
            }
        }
        List<SiteDifference> differences = new ArrayList<>();
        for (String site : sites.values()) {
            String a = baseAt(first, site);
            String b = baseAt(second, site);
            if ((mask(a) & mask(b)) == 0) {
                differences.add(new SiteDifference(site, a, b));
            }
        }
        return new MitoComparison(overlap.cardinality(), differences, ignored,
                conclude(overlap.cardinality(), differences.size()));
    }

    /** An insertion or deletion inside one of the two C-stretches. */
    public static boolean isLengthHeteroplasmy(MitoVariant v) {
        boolean indel = v.isInsertion() || v.isDeletion();
        int p = v.position();
        return indel && ((p >= 303 && p <= 315) || (p >= 16184 && p <= 16193));
    }

    private static LineageConclusion conclude(int overlap, int differences) {
        if (overlap == 0 || differences == 1) {
            return LineageConclusion.INCONCLUSIVE;
        }
        return differences == 0 ? LineageConclusion.CANNOT_EXCLUDE : LineageConclusion.EXCLUSION;
    }

    private static String baseAt(MitoProfile p, String site) {
        return p.variantAt(site).map(v -> String.valueOf(v.base())).orElseGet(() -> {
            int dot = site.indexOf('.');
            return dot >= 0 ? "-" : String.valueOf(Rcrs.base(Integer.parseInt(site)));
        });
    }

    private static int mask(String base) {
        return MitoVariant.maskOf(base.charAt(0));
    }
}
