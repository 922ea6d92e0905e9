package org.homecoming.kinship.io.familias;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * Builds a {@link Pedigree} from Familias parent–child relations the way pedFamilias does: the
 * parent's sex makes the relation paternal or maternal, a child with one parent gets a founder
 * {@code added_k} as the other, everyone in no relation is an unrelated founder.
 *
 * <p>A person named in a relation but not listed (Familias' "Missing person" in DVI files) has no sex;
 * as a parent it takes the sex opposite to the child's other parent, and a lone parent of unknown
 * sex is placed as the mother, as pedFamilias does, but keeps an unknown sex (a DVI victim of either
 * sex may be that person), with a warning.
 */
final class PedigreeAssembly {

    private final String file;
    private final int line;
    private final String context;
    private final List<String> warnings;
    private final Map<String, Sex> sexes = new LinkedHashMap<>();
    private final Map<String, Set<String>> parents = new LinkedHashMap<>();

    private PedigreeAssembly(String file, int line, String context, List<String> warnings) {
        this.file = file;
        this.line = line;
        this.context = context;
        this.warnings = warnings;
    }

    /**
     * The pedigree of {@code persons} (ids and sexes, in order) joined by {@code relations}; errors
     * name {@code context} ("pedigree 'H1'") and {@code line}.
     */
    static Pedigree build(String file, int line, String context, Map<String, Sex> persons,
            List<FamiliasRelation> relations, List<String> warnings) {
        PedigreeAssembly a = new PedigreeAssembly(file, line, context, warnings);
        a.sexes.putAll(persons);
        for (FamiliasRelation r : relations) {
            a.add(r);
        }
        a.inferSexes();
        return a.pedigree();
    }

    private void add(FamiliasRelation r) {
        sexes.putIfAbsent(r.parent(), Sex.UNKNOWN);
        sexes.putIfAbsent(r.child(), Sex.UNKNOWN);
        if (r.parent().equals(r.child())) {
            throw error("'" + r.child() + "' is given as their own parent");
        }
        Set<String> ps = parents.computeIfAbsent(r.child(), c -> new LinkedHashSet<>());
        ps.add(r.parent());
        if (ps.size() > 2) {
            throw error("'" + r.child() + "' has more than two parents: " + String.join(", ", ps));
        }
    }

    private void inferSexes() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : unknownParents()) {
                Set<Sex> others = new LinkedHashSet<>();
                coParents(p).forEach(q -> others.add(sexes.get(q)));
                if (others.contains(Sex.MALE) && others.contains(Sex.FEMALE)) {
                    throw error("cannot decide the sex of '" + p + "': they have children with a man and with a woman");
                }
                if (others.contains(Sex.MALE) || others.contains(Sex.FEMALE)) {
                    sexes.put(p, others.contains(Sex.MALE) ? Sex.FEMALE : Sex.MALE);
                    changed = true;
                }
            }
        }
        for (String p : unknownParents()) {
            if (!coParents(p).isEmpty()) {
                throw error("cannot decide the sex of '" + p + "': the other parent of their children has no sex either");
            }
            // placed as the mother, as pedFamilias does; the sex stays unknown so that a DVI victim of
            // either sex may pair with this person (the pedigree reads unknown as female at X markers)
            warnings.add(context + ": the sex of '" + p + "' is not given; placed as the mother, sex unknown");
        }
    }

    private List<String> unknownParents() {
        Set<String> all = new LinkedHashSet<>();
        parents.values().forEach(all::addAll);
        return all.stream().filter(p -> sexes.get(p) == Sex.UNKNOWN).toList();
    }

    private Set<String> coParents(String p) {
        Set<String> co = new LinkedHashSet<>();
        for (Set<String> ps : parents.values()) {
            if (ps.contains(p)) {
                ps.stream().filter(q -> !q.equals(p)).forEach(co::add);
            }
        }
        return co;
    }

    private Pedigree pedigree() {
        Map<String, String[]> slots = new LinkedHashMap<>();
        Map<String, Sex> added = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
            String[] fm = new String[2];
            for (String p : e.getValue()) {
                int slot = sexes.get(p) == Sex.MALE ? 0 : 1;
                if (fm[slot] != null) {
                    throw error("'" + e.getKey() + "' has two " + (slot == 0 ? "fathers" : "mothers") + ", '"
                            + fm[slot] + "' and '" + p + "'");
                }
                fm[slot] = p;
            }
            for (int slot = 0; slot < 2; slot++) {
                if (fm[slot] == null) {
                    fm[slot] = freshId(added);
                    added.put(fm[slot], slot == 0 ? Sex.MALE : Sex.FEMALE);
                }
            }
            slots.put(e.getKey(), fm);
        }
        Pedigree.Builder b = Pedigree.builder();
        for (Map.Entry<String, Sex> e : sexes.entrySet()) {
            String[] fm = slots.get(e.getKey());
            b.person(e.getKey(), fm == null ? null : fm[0], fm == null ? null : fm[1], e.getValue());
        }
        added.forEach(b::founder);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private String freshId(Map<String, Sex> added) {
        int k = added.size() + 1;
        while (sexes.containsKey("added_" + k) || added.containsKey("added_" + k)) {
            k++;
        }
        return "added_" + k;
    }

    private InputFormatException error(String problem) {
        return new InputFormatException(file, line, context + ": " + problem);
    }
}
