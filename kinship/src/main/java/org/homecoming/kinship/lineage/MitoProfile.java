package org.homecoming.kinship.lineage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An mtDNA profile: the ranges that were sequenced and the differences from the rCRS found in
 * them. Everything typed and not listed is the rCRS base.
 *
 * <p>{@code MitoProfile.parse("16024-576", "16223T 16519C 73G 263G 309.1C 315.1C")}
 *
 * <p>Every variant must lie inside the typed ranges (an insertion {@code p.k} belongs to position
 * p), and a site may be listed once only. Variants are kept sorted by position.
 */
public final class MitoProfile {

    private final List<MitoRange> typed;
    private final List<MitoVariant> variants;
    private final BitSet coverage;
    private final Map<String, MitoVariant> bySite;

    public MitoProfile(List<MitoRange> typed, List<MitoVariant> variants) {
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("mtDNA profile must have at least one typed range");
        }
        this.typed = List.copyOf(typed);
        this.coverage = new BitSet(Rcrs.LENGTH + 1);
        for (MitoRange r : this.typed) {
            for (int p = 1; p <= Rcrs.LENGTH; p++) {
                if (r.contains(p)) {
                    coverage.set(p);
                }
            }
        }
        List<MitoVariant> sorted = new ArrayList<>(variants);
        sorted.sort(Comparator.comparingInt(MitoVariant::position).thenComparingInt(MitoVariant::insertion));
        this.bySite = new LinkedHashMap<>();
        for (MitoVariant v : sorted) {
            if (!coverage.get(v.position())) {
                throw new IllegalArgumentException("mtDNA variant " + v + " lies outside the typed range " + rangesText());
            }
            if (bySite.put(v.site(), v) != null) {
                throw new IllegalArgumentException("mtDNA site " + v.site() + " listed twice");
            }
        }
        this.variants = List.copyOf(sorted);
    }

    /**
     * Reads typed ranges ({@code "16024-16365 73-340"}) and variants ({@code "16223T 73G 315.1C"}),
     * each list separated by spaces, commas or semicolons.
     */
    public static MitoProfile parse(String ranges, String variants) {
        List<MitoRange> r = new ArrayList<>();
        for (String token : tokens(ranges)) {
            r.add(MitoRange.parse(token));
        }
        List<MitoVariant> v = new ArrayList<>();
        for (String token : tokens(variants)) {
            v.add(MitoVariant.parse(token));
        }
        return new MitoProfile(r, v);
    }

    public List<MitoRange> typed() {
        return typed;
    }

    public List<MitoVariant> variants() {
        return variants;
    }

    public boolean covers(int position) {
        return coverage.get(position);
    }

    /** The variant at a site ({@code "16223"}, {@code "315.1"}), if this profile lists one. */
    public Optional<MitoVariant> variantAt(String site) {
        return Optional.ofNullable(bySite.get(site));
    }

    /** The typed positions, as bits 1..16569. */
    BitSet coverage() {
        return (BitSet) coverage.clone();
    }

    /**
     * How often this profile occurs in {@code reference}: N counts the reference profiles whose
     * typed ranges cover all of this profile's, x those among them that {@link MitoComparison}
     * finds without difference over this profile's ranges (a shared base at a heteroplasmic site
     * matches; C-stretch length variants are ignored). Bounds as in {@link
     * HaplotypeFrequency#of(int, int)}.
     */
    public HaplotypeFrequency frequencyIn(Collection<MitoProfile> reference) {
        int size = 0;
        int matches = 0;
        for (MitoProfile other : reference) {
            BitSet missing = coverage();
            missing.andNot(other.coverage);
            if (!missing.isEmpty()) {
                continue;
            }
            size++;
            if (MitoComparison.of(this, other).differences().isEmpty()) {
                matches++;
            }
        }
        if (size == 0) {
            throw new IllegalArgumentException("no reference mtDNA profile covers the typed range " + rangesText());
        }
        return HaplotypeFrequency.of(matches, size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MitoProfile other && coverage.equals(other.coverage) && variants.equals(other.variants);
    }

    @Override
    public int hashCode() {
        return 31 * coverage.hashCode() + variants.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(rangesText()).append(':');
        variants.forEach(v -> s.append(' ').append(v));
        return s.toString();
    }

    private String rangesText() {
        return String.join(" ", typed.stream().map(MitoRange::toString).toList());
    }

    private static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("[\\s,;]+"));
    }
}
