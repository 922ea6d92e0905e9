package org.homecoming.kinship.locus;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who was typed as what: person id → locus name → genotype, kept apart from any pedigree so one set
 * of data can be scored against every hypothesis.
 *
 * <p>{@code GenotypeTable t = GenotypeTable.builder().put("FA", "TH01", Genotype.of("6", "9.3"))
 * .build(); t.get("FA", "TH01")}
 *
 * <p>Immutable; persons and loci keep insertion order. A person absent at a locus is untyped there.
 */
public final class GenotypeTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final GenotypeTable EMPTY = new GenotypeTable(Map.of());

    private final Map<String, Map<String, Genotype>> data;

    private GenotypeTable(Map<String, Map<String, Genotype>> data) {
        Map<String, Map<String, Genotype>> copy = new LinkedHashMap<>();
        data.forEach((p, m) -> {
            if (!m.isEmpty()) {
                copy.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(m)));
            }
        });
        this.data = Collections.unmodifiableMap(copy);
    }

    /** A builder of a table. */
    public static Builder builder() {
        return new Builder();
    }

    /** The table with nobody typed. */
    public static GenotypeTable empty() {
        return EMPTY;
    }

    /** The genotype of {@code person} at {@code locus}, empty when untyped. */
    public Optional<Genotype> get(String person, String locus) {
        Map<String, Genotype> m = data.get(person);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(locus));
    }

    /** The genotypes of {@code person} by locus name (empty when untyped). */
    public Map<String, Genotype> profile(String person) {
        return data.getOrDefault(person, Map.of());
    }

    /** Persons typed at one locus or more. */
    public Set<String> persons() {
        return data.keySet();
    }

    /** Persons typed at {@code locus}. */
    public Set<String> typedAt(String locus) {
        Set<String> out = new LinkedHashSet<>();
        data.forEach((p, m) -> {
            if (m.containsKey(locus)) {
                out.add(p);
            }
        });
        return out;
    }

    /** Loci at which anybody is typed. */
    public Set<String> loci() {
        Set<String> out = new LinkedHashSet<>();
        data.values().forEach(m -> out.addAll(m.keySet()));
        return out;
    }

    public boolean isTyped(String person) {
        return data.containsKey(person);
    }

    /**
     * A copy in which {@code person} has the profile that {@code sourcePerson} has in {@code
     * source} (replacing any profile {@code person} had) — how a victim is placed on a missing person.
     */
    public GenotypeTable with(String person, GenotypeTable source, String sourcePerson) {
        Map<String, Map<String, Genotype>> m = new LinkedHashMap<>(data);
        m.put(person, source.profile(sourcePerson));
        return new GenotypeTable(m);
    }

    /** A copy in which {@code person} has genotype {@code g} at {@code locus}. */
    public GenotypeTable with(String person, String locus, Genotype g) {
        Map<String, Map<String, Genotype>> m = new LinkedHashMap<>(data);
        Map<String, Genotype> profile = new LinkedHashMap<>(profile(person));
        profile.put(locus, g);
        m.put(person, profile);
        return new GenotypeTable(m);
    }

    /** A copy without {@code person}. */
    public GenotypeTable without(String person) {
        if (!data.containsKey(person)) {
            return this;
        }
        Map<String, Map<String, Genotype>> m = new LinkedHashMap<>(data);
        m.remove(person);
        return new GenotypeTable(m);
    }

    /**
     * A copy with persons renamed by {@code names}; others keep their id. Throws when two persons
     * would share an id.
     */
    public GenotypeTable relabel(Map<String, String> names) {
        Map<String, Map<String, Genotype>> m = new LinkedHashMap<>();
        data.forEach((p, profile) -> {
            String id = names.getOrDefault(p, p);
            if (m.put(id, profile) != null) {
                throw new IllegalArgumentException("relabelling gives two persons the id " + id);
            }
        });
        return new GenotypeTable(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenotypeTable t && data.equals(t.data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    @Override
    public String toString() {
        return "GenotypeTable" + data;
    }

    /**
     * Collects genotypes.
     *
     * <p>{@code GenotypeTable.builder().put("S1", "D3S1358", Genotype.of("15", "16")).build()}
     */
    public static final class Builder {
        private final Map<String, Map<String, Genotype>> data = new LinkedHashMap<>();

        private Builder() {
        }

        /** Records {@code g} for {@code person} at {@code locus}, replacing an earlier call. */
        public Builder put(String person, String locus, Genotype g) {
            if (person == null || person.isBlank()) {
                throw new IllegalArgumentException("person must not be blank: '" + person + "'");
            }
            if (locus == null || locus.isBlank()) {
                throw new IllegalArgumentException("locus must not be blank: '" + locus + "'");
            }
            if (g == null) {
                throw new IllegalArgumentException("genotype of " + person + " at " + locus + " must not be null");
            }
            data.computeIfAbsent(person, k -> new LinkedHashMap<>()).put(locus, g);
            return this;
        }

        /** Records {@code a/b}. */
        public Builder put(String person, String locus, String a, String b) {
            return put(person, locus, Genotype.of(a, b));
        }

        public GenotypeTable build() {
            return new GenotypeTable(data);
        }
    }
}
