package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.programme.search.SearchMapping;

/**
 * Turns the registry data a search loads into the engine's types through the shared {@link SearchMapping}
 * (the one mapping {@code match} uses too), and keeps what only the server needs: the record of a
 * search's loci (the locus names and the alleles added, {@link #addedAlleles}), from which {@link
 * #loci(FrequencyDatabase, List, Map, MutationSpec)} rebuilds the same loci.
 */
final class SearchModel {

    static final double MINIMUM_FREQUENCY = SearchMapping.MINIMUM_FREQUENCY;

    private SearchModel() {
    }

    /** The loci of the table that some profile uses, in table order, extended with every allele seen. */
    static List<Locus> loci(FrequencyDatabase db, List<RemainsData> remains, List<FamilyData> families, MutationSpec m) {
        List<Map<String, Genotype>> calls = new ArrayList<>();
        remains.forEach(r -> calls.add(r.calls()));
        families.forEach(f -> calls.addAll(f.calls().values()));
        return SearchMapping.loci(db, List.of(), calls, m);
    }

    /** The loci {@code names} of the table with the {@code added} alleles and the model. */
    static List<Locus> loci(FrequencyDatabase db, List<String> names, Map<String, List<String>> added, MutationSpec m) {
        return SearchMapping.loci(db, names, added, m);
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

    static RemainsProfile remains(RemainsData r, List<Locus> loci, double degradedDropout) {
        return SearchMapping.remains(r.ref(), r.calls(), r.degraded(), loci, degradedDropout);
    }

    /** The family searched for its missing person {@code f.personRef()}. */
    static SearchFamily family(FamilyData f, List<Locus> loci) {
        return SearchMapping.family(f.family(), f.personRef(), loci);
    }

    /** The family's pedigree (the head, then every row, under the shared father/mother rule). */
    static Pedigree pedigree(FamilyData f) {
        return SearchMapping.pedigree(f.family());
    }

    static Sex sex(String s) {
        return "F".equals(s) ? Sex.FEMALE : "M".equals(s) ? Sex.MALE : Sex.UNKNOWN;
    }
}
