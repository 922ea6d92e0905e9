package org.homecoming.programme.search;

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
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;

/**
 * The one mapping from programme records to the engine's search types, used by {@code match} (read
 * from files) and by the server's search (loaded from its database), so that the two cannot weigh
 * the same data differently.
 *
 * <pre>{@code
 * List<Locus> loci = SearchMapping.loci(db, List.of(), calls, MutationSpec.none());
 * SearchFamily f = SearchMapping.family(records, "MP-1", loci);
 * }</pre>
 *
 * <p>The father/mother rule: the head's parents are the family's {@code FATHER} and {@code MOTHER}
 * rows when both are there, and a row's parents are its {@code father_id} and {@code mother_id}
 * when both are given; otherwise the person is a founder. The loci are the table's (in table order)
 * that some call uses, unless named; each gets the alleles the calls use that the table lacks, at
 * {@link Locus#DEFAULT_MINIMUM_FREQUENCY}, in text order, and the mutation model for both sexes.
 */
public final class SearchMapping {

    /** Frequency given to an allele seen in a profile but absent from the table. */
    public static final double MINIMUM_FREQUENCY = Locus.DEFAULT_MINIMUM_FREQUENCY;

    private SearchMapping() {
    }

    /** The family's pedigree: the head, then every row, under the father/mother rule. */
    public static Pedigree pedigree(FamilyRecords f) {
        List<String> parents = headParents(f);
        Pedigree.Builder b = Pedigree.builder().person(f.head(), parents.isEmpty() ? null : parents.get(0),
                parents.isEmpty() ? null : parents.get(1), f.headSex());
        for (FamilyRecords.Member m : f.members()) {
            boolean both = m.fatherId() != null && m.motherId() != null;
            b.person(m.id(), both ? m.fatherId() : null, both ? m.motherId() : null, m.sex());
        }
        return b.build();
    }

    /** The head's father and mother: the family's first {@code FATHER} and {@code MOTHER} rows when both are there, else none. */
    public static List<String> headParents(FamilyRecords f) {
        String father = null;
        String mother = null;
        for (FamilyRecords.Member m : f.members()) {
            father = father == null && m.relationship().equals("FATHER") ? m.id() : father;
            mother = mother == null && m.relationship().equals("MOTHER") ? m.id() : mother;
        }
        return father != null && mother != null ? List.of(father, mother) : List.of();
    }

    /** The calls of the family's rows at {@code loci}, row by row in the loci's order. */
    public static GenotypeTable references(FamilyRecords f, List<Locus> loci) {
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (FamilyRecords.Member m : f.members()) {
            Map<String, Genotype> calls = f.calls().get(m.id());
            if (calls != null) {
                for (Locus l : loci) {
                    Genotype g = calls.get(l.name());
                    if (g != null) {
                        b.put(m.id(), l.name(), g);
                    }
                }
            }
        }
        return b.build();
    }

    /** The family searched for {@code missing} (its head or a missing person placed as one of its rows). */
    public static SearchFamily family(FamilyRecords f, String missing, List<Locus> loci) {
        return new SearchFamily(f.familyId(), missing, pedigree(f), references(f, loci));
    }

    /** The profile of remains {@code id} with its calls at {@code loci}; {@code dropout} applies when a call is degraded. */
    public static RemainsProfile remains(String id, Map<String, Genotype> calls, boolean degraded, List<Locus> loci,
            double dropout) {
        Map<String, Genotype> used = new LinkedHashMap<>();
        for (Locus l : loci) {
            Genotype g = calls.get(l.name());
            if (g != null) {
                used.put(l.name(), g);
            }
        }
        return new RemainsProfile(id, used, degraded ? dropout : 0);
    }

    /**
     * The loci of a search: {@code names} (every table locus some call uses, in table order, when
     * empty), each with the alleles of {@code calls} that the table lacks, under model {@code m}.
     */
    public static List<Locus> loci(FrequencyDatabase db, List<String> names, Collection<Map<String, Genotype>> calls,
            MutationSpec m) {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (Map<String, Genotype> c : calls) {
            c.forEach((locus, g) -> {
                Set<String> s = seen.computeIfAbsent(locus, k -> new TreeSet<>());
                s.add(g.allele1());
                s.add(g.allele2());
            });
        }
        List<String> used = names.isEmpty() ? db.locusNames().stream().filter(seen::containsKey).toList() : names;
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (String n : used) {
            List<String> missing = seen.getOrDefault(n, Set.of()).stream().filter(a -> !db.locus(n).contains(a)).toList();
            if (!missing.isEmpty()) {
                added.put(n, missing);
            }
        }
        return loci(db, used, added, m);
    }

    /** The loci {@code names} of the table with the {@code added} alleles and the model (a search's loci rebuilt). */
    public static List<Locus> loci(FrequencyDatabase db, List<String> names, Map<String, List<String>> added,
            MutationSpec m) {
        List<Locus> out = new ArrayList<>();
        for (String n : names) {
            Locus l = Locus.of(db.locus(n)).withMissingAlleles(added.getOrDefault(n, List.of()), MINIMUM_FREQUENCY);
            out.add(l.withMutation(MutationModel.of(m, m, l.alleles(), l.frequencies())));
        }
        return out;
    }
}
