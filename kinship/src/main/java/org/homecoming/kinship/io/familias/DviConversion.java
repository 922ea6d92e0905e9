package org.homecoming.kinship.io.familias;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** Converts the {@code [DVI]} section; the conventions are on {@link FamiliasReferenceFamily}. */
final class DviConversion {

    static final String REFERENCE_PEDIGREE = "Reference pedigree";
    static final String MISSING_PREFIX = "Missing";

    private final String file;
    private final FamiliasConversion conversion;
    private final List<String> warnings;

    DviConversion(String file, FamiliasConversion conversion, List<String> warnings) {
        this.file = file;
        this.conversion = conversion;
        this.warnings = warnings;
    }

    FamiliasDviCase convert(FamiliasDvi dvi) {
        Map<String, Sex> sexes = new LinkedHashMap<>();
        dvi.unidentified().forEach(p -> sexes.put(p.name(), p.sex()));
        Map<String, Integer> uses = new HashMap<>();
        sexes.keySet().forEach(v -> uses.merge(v, 1, Integer::sum));
        List<Map<String, Pedigree>> pedigrees = new ArrayList<>();
        for (FamiliasDviFamily fam : dvi.families()) {
            Map<String, Pedigree> peds = pedigrees(fam);
            Set<String> ids = new LinkedHashSet<>();
            peds.values().forEach(p -> ids.addAll(p.ids()));
            ids.forEach(id -> uses.merge(id, 1, Integer::sum));
            pedigrees.add(peds);
        }
        List<FamiliasReferenceFamily> families = new ArrayList<>();
        for (int i = 0; i < dvi.families().size(); i++) {
            families.add(family(dvi.families().get(i), pedigrees.get(i), uses));
        }
        return new FamiliasDviCase(conversion.table(dvi.unidentified()), sexes, families);
    }

    /** The family's pedigrees, "Reference pedigree" left out when there are others. */
    private Map<String, Pedigree> pedigrees(FamiliasDviFamily fam) {
        List<FamiliasPedigree> used = fam.pedigrees().stream()
                .filter(p -> !p.name().equals(REFERENCE_PEDIGREE)).toList();
        if (used.isEmpty()) {
            used = fam.pedigrees();
        }
        if (used.isEmpty()) {
            throw new InputFormatException(file, fam.line(), "family '" + fam.name()
                    + "' has no pedigree");
        }
        Map<String, Sex> persons = new LinkedHashMap<>();
        fam.persons().forEach(p -> persons.put(p.name(), p.sex()));
        Set<String> typed = new LinkedHashSet<>();
        fam.persons().stream().filter(FamiliasPerson::isTyped).forEach(p -> typed.add(p.name()));
        Map<String, Pedigree> peds = new LinkedHashMap<>();
        for (FamiliasPedigree p : used) {
            String context = "family '" + fam.name() + "', pedigree '" + p.name() + "'";
            Pedigree full = PedigreeAssembly.build(file, p.line(), context, persons, p.relations(), warnings);
            peds.put(p.name(), typedComponents(full, typed, context));
        }
        return peds;
    }

    /** The components holding a typed reference (all of them when nobody is typed). */
    private Pedigree typedComponents(Pedigree full, Set<String> typed, String context) {
        if (typed.isEmpty()) {
            return full;
        }
        Pedigree kept = null;
        List<String> dropped = new ArrayList<>();
        for (Pedigree c : full.components()) {
            if (c.ids().stream().anyMatch(typed::contains)) {
                kept = kept == null ? c : kept.union(c);
            } else {
                dropped.addAll(c.ids());
            }
        }
        if (!dropped.isEmpty()) {
            warnings.add(context + ": left out " + String.join(", ", dropped) + ", not related to a typed reference");
        }
        return kept;
    }

    private FamiliasReferenceFamily family(FamiliasDviFamily fam, Map<String, Pedigree> peds, Map<String, Integer> uses) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Set<String> typed = new LinkedHashSet<>();
        fam.persons().stream().filter(FamiliasPerson::isTyped).forEach(p -> typed.add(p.name()));
        for (Pedigree p : peds.values()) {
            for (String id : p.ids()) {
                String unique = uses.get(id) > 1 ? fam.name() + "/" + id : id;
                names.putIfAbsent(id, unique);
                if (id.startsWith(MISSING_PREFIX) && !typed.contains(id) && !missing.contains(unique)) {
                    missing.add(unique);
                }
            }
        }
        if (missing.isEmpty()) {
            warnings.add("family '" + fam.name() + "' has no untyped member whose name starts with 'Missing'");
        }
        List<Hypothesis> hypotheses = new ArrayList<>();
        peds.forEach((name, p) -> hypotheses.add(new Hypothesis(name, p.relabel(names))));
        List<FamiliasPerson> refs = fam.persons().stream().filter(p -> names.containsKey(p.name()) && p.isTyped()).toList();
        GenotypeTable table = conversion.table(refs).relabel(names);
        return new FamiliasReferenceFamily(fam.name(), hypotheses, table, missing);
    }
}
