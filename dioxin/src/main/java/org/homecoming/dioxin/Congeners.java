package org.homecoming.dioxin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of the 29 dioxin-like congeners (data file {@code congeners.csv}), looked up by name, synonym
 * or CAS number.
 *
 * <p>{@code Congeners.standard().find("2,3,7,8 tcdd")} and {@code find("1746-01-6")} both give 2,3,7,8-TCDD.
 *
 * <p>Look-ups ignore case, spaces, hyphens and underscores, so {@code "PCB 126"}, {@code "pcb-126"} and
 * {@code "CB126"} name the same congener; commas and primes are kept, as they carry the chlorine positions.
 */
public final class Congeners {

    private final List<Congener> all;
    private final Map<String, Congener> byKey;

    private Congeners(List<Congener> all) {
        this.all = List.copyOf(all);
        Map<String, Congener> keys = new HashMap<>();
        for (Congener c : all) {
            List<String> names = new ArrayList<>(c.synonyms());
            names.addAll(List.of(c.name(), c.cas()));
            for (String n : names) {
                Congener before = keys.putIfAbsent(key(n), c);
                if (before != null && !before.equals(c)) {
                    throw new IllegalStateException("name " + n + " would mean both " + before + " and " + c);
                }
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
    }

    /** The 29 congeners of the WHO schemes, in the order of the WHO tables. */
    public static Congeners standard() {
        DataFile f = DataFile.read("congeners.csv");
        List<Congener> list = new ArrayList<>();
        for (var r : f.records()) {
            List<String> synonyms = r.get("synonyms").isEmpty() ? List.of() : Arrays.asList(r.get("synonyms").split("\\|"));
            try {
                list.add(new Congener(r.get("name"), r.get("cas"), CongenerGroup.valueOf(r.get("group")), synonyms));
            } catch (IllegalArgumentException e) {
                throw f.fault(r, e.getMessage());
            }
        }
        return new Congeners(list);
    }

    public List<Congener> all() {
        return all;
    }

    /** The congener a laboratory's name, synonym or CAS number stands for; empty when it is none of the 29. */
    public Optional<Congener> find(String nameOrCas) {
        return nameOrCas == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(nameOrCas)));
    }

    /** Like {@link #find} for names that must be known. */
    public Congener get(String nameOrCas) {
        return find(nameOrCas).orElseThrow(() -> new IllegalArgumentException("not a dioxin-like congener: " + nameOrCas));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\u2010-\u2013]", "");
    }
}
