package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.Remains;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.server.registry.FamilyMember;

/**
 * Turns registry data into the engine's types: loci (frequency table + alleles seen, each added at
 * the minimum frequency, + mutation model), pedigrees with references, remains with dropout.
 *
 * <p>The loci of a search are written to its record as the locus names and the alleles added
 * ({@link #addedAlleles}); {@link #loci(FrequencyDatabase, List, Map, MutationSpec)} rebuilds the
 * same loci from that record.
 */
final class SearchModel {

    static final double MINIMUM_FREQUENCY = Locus.DEFAULT_MINIMUM_FREQUENCY;

    private SearchModel() {
    }

    /** The loci of the table that some profile uses, in table order, extended with every allele seen. */
    static List<Locus> loci(FrequencyDatabase db, List<RemainsData> remains, List<FamilyData> families, MutationSpec m) {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (RemainsData r : remains) {
            r.calls().forEach((l, g) -> add(seen, l, g));
        }
        for (FamilyData f : families) {
            f.calls().values().forEach(c -> c.forEach((l, g) -> add(seen, l, g)));
        }
        List<String> names = db.locusNames().stream().filter(seen::containsKey).toList();
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (String n : names) {
            List<String> missing = seen.get(n).stream().filter(a -> !db.locus(n).contains(a)).toList();
            if (!missing.isEmpty()) {
                added.put(n, missing);
            }
        }
        return loci(db, names, added, m);
    }

    private static void add(Map<String, Set<String>> seen, String locus, Genotype g) {
        Set<String> s = seen.computeIfAbsent(locus, k -> new TreeSet<>());
        s.add(g.allele1());
        s.add(g.allele2());
    }

    /** The loci {@code names} of the table with the {@code added} alleles and the model. */
    static List<Locus> loci(FrequencyDatabase db, List<String> names, Map<String, List<String>> added, MutationSpec m) {
        List<Locus> out = new ArrayList<>();
        for (String n : names) {
            Locus l = Locus.of(db.locus(n)).withMissingAlleles(added.getOrDefault(n, List.of()), MINIMUM_FREQUENCY);
            out.add(l.withMutation(MutationModel.of(m, m, l.alleles(), l.frequencies())));
        }
        return out;
    }

    /** Alleles of {@code loci} absent from the table, per locus in the locus's order (loci with none left out). */
    static Map<String, List<String>> addedAlleles(FrequencyDatabase db, List<Locus> loci) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Locus l : loci) {
            List<String> extra = l.alleles().stream().filter(a -> !db.locus(l.name()).contains(a)).toList();
            if (!extra.isEmpty()) {
                out.put(l.name(), extra);
            }
        }
        return out;
    }

    /** Writes added alleles as the {@code LOCUS=a,b;LOCUS=c} text of jobs recorded before V360 (what {@link #parseAdded} reads). */
    static String formatAdded(Map<String, List<String>> added) {
        StringBuilder sb = new StringBuilder();
        added.forEach((locus, alleles) -> sb.append(sb.isEmpty() ? "" : ";").append(locus).append('=')
                .append(String.join(",", alleles)));
        return sb.toString();
    }

    /** Reads the {@code LOCUS=a,b;LOCUS=c} text that jobs recorded before V360 hold (see {@link SearchJobRepository#addedAlleles}). */
    static Map<String, List<String>> parseAdded(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String item : text.split(";")) {
                int eq = item.indexOf('=');
                out.put(item.substring(0, eq), List.of(item.substring(eq + 1).split(",")));
            }
        }
        return out;
    }

    /** Alleles of {@code calls} that {@code loci} lack, per locus (new data since a search). */
    static Map<String, List<String>> unknownAlleles(List<Locus> loci, Collection<Map<String, Genotype>> calls) {
        Map<String, Set<String>> out = new TreeMap<>();
        Map<String, Locus> byName = new LinkedHashMap<>();
        loci.forEach(l -> byName.put(l.name(), l));
        for (Map<String, Genotype> c : calls) {
            c.forEach((name, g) -> {
                Locus l = byName.get(name);
                if (l != null) {
                    for (String a : new String[] {g.allele1(), g.allele2()}) {
                        if (l.indexOf(a) < 0) {
                            out.computeIfAbsent(name, k -> new TreeSet<>()).add(a);
                        }
                    }
                }
            });
        }
        Map<String, List<String>> list = new LinkedHashMap<>();
        out.forEach((k, v) -> list.put(k, List.copyOf(v)));
        return list;
    }

    static Remains remains(RemainsData r, List<Locus> loci, double degradedDropout) {
        Map<String, Genotype> used = new LinkedHashMap<>();
        for (Locus l : loci) {
            Genotype g = r.calls().get(l.name());
            if (g != null) {
                used.put(l.name(), g);
            }
        }
        return new Remains(r.ref(), used, r.degraded() ? degradedDropout : 0);
    }

    static SearchFamily family(FamilyData f, List<Locus> loci) {
        GenotypeTable.Builder refs = GenotypeTable.builder();
        Set<String> names = new LinkedHashSet<>();
        loci.forEach(l -> names.add(l.name()));
        f.calls().forEach((member, calls) -> calls.forEach((locus, g) -> {
            if (names.contains(locus)) {
                refs.put(member, locus, g);
            }
        }));
        return new SearchFamily(f.familyRef(), f.personRef(), pedigree(f), refs.build());
    }

    /** The missing person (child of their {@code father} and {@code mother}, when given) and every member. */
    static Pedigree pedigree(FamilyData f) {
        Pedigree.Builder b = Pedigree.builder().person(f.personRef(), f.father(), f.mother(), sex(f.sex()));
        for (FamilyMember m : f.members()) {
            boolean both = m.fatherRef() != null && m.motherRef() != null;
            b.person(m.ref(), both ? m.fatherRef() : null, both ? m.motherRef() : null, sex(m.sex()));
        }
        return b.build();
    }

    static Sex sex(String s) {
        return "F".equals(s) ? Sex.FEMALE : "M".equals(s) ? Sex.MALE : Sex.UNKNOWN;
    }
}
