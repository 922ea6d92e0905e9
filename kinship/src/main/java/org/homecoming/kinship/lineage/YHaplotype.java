package org.homecoming.kinship.lineage;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Y-STR haplotype: the calls at the loci that were typed, in the order given.
 *
 * <p>{@code YHaplotype.parse("DYS19=14 DYS385=11,14 DYS389I=13 DYS448=null")}
 *
 * <p>A locus listed twice is an error (the two calls could disagree); a locus not listed was not
 * typed and takes no part in a comparison. Loci are named as the kit names them; names are
 * compared exactly.
 */
public final class YHaplotype {

    private final Map<String, YStrCall> calls;

    private YHaplotype(Map<String, YStrCall> calls) {
        this.calls = Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads whitespace- or semicolon-separated {@code LOCUS=CALL} pairs. */
    public static YHaplotype parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Y-STR haplotype must not be blank");
        }
        Builder b = builder();
        for (String pair : text.strip().split("[\\s;]+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("Y-STR haplotype entry must read LOCUS=ALLELES: " + pair);
            }
            b.locus(pair.substring(0, eq), YStrCall.parse(pair.substring(eq + 1)));
        }
        return b.build();
    }

    /** Locus name → call, in the order given. */
    public Map<String, YStrCall> calls() {
        return calls;
    }

    public Set<String> loci() {
        return calls.keySet();
    }

    public Optional<YStrCall> call(String locus) {
        return Optional.ofNullable(calls.get(locus));
    }

    public boolean isTyped(String locus) {
        return calls.containsKey(locus);
    }

    /**
     * How often this haplotype occurs in {@code reference}: N counts the reference haplotypes typed
     * at every locus of this one (the others cannot be compared), x those among them with the same
     * call at each of these loci. Bounds as in {@link HaplotypeFrequency#of(int, int)}.
     */
    public HaplotypeFrequency frequencyIn(Collection<YHaplotype> reference) {
        int size = 0;
        int matches = 0;
        for (YHaplotype other : reference) {
            if (!other.loci().containsAll(loci())) {
                continue;
            }
            size++;
            if (calls.entrySet().stream().allMatch(e -> e.getValue().equals(other.calls.get(e.getKey())))) {
                matches++;
            }
        }
        if (size == 0) {
            throw new IllegalArgumentException("no reference haplotype is typed at all of " + loci());
        }
        return HaplotypeFrequency.of(matches, size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YHaplotype other && calls.equals(other.calls);
    }

    @Override
    public int hashCode() {
        return calls.hashCode();
    }

    /** The haplotype as {@link #parse} reads it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        calls.forEach((locus, call) -> s.append(s.isEmpty() ? "" : " ").append(locus).append('=').append(call));
        return s.toString();
    }

    /** Collects calls; rejects a locus given twice. */
    public static final class Builder {
        private final Map<String, YStrCall> calls = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder locus(String locus, YStrCall call) {
            if (locus == null || locus.isBlank()) {
                throw new IllegalArgumentException("Y-STR locus name must not be blank: '" + locus + "'");
            }
            if (calls.containsKey(locus)) {
                throw new IllegalArgumentException("Y-STR locus listed twice: " + locus);
            }
            calls.put(locus, call);
            return this;
        }

        public Builder locus(String locus, String call) {
            return locus(locus, YStrCall.parse(call));
        }

        public YHaplotype build() {
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("Y-STR haplotype must type at least one locus");
            }
            return new YHaplotype(calls);
        }
    }
}
