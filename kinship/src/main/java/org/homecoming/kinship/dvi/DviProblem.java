package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Sex;

/**
 * A disaster-victim identification problem: the victims' profiles and sexes, the reference
 * families with their missing persons, the loci, and the options of the analysis.
 *
 * <pre>{@code
 * DviProblem p = new DviProblem(victims, Map.of("V1", Sex.MALE), List.of(family), loci, DviOptions.defaults());
 * DviResult r = DviAnalysis.run(p);
 * }</pre>
 *
 * <p>The victims are the keys of {@code victimSexes}, in its iteration order (give a
 * {@code LinkedHashMap} to fix it); a victim may be untyped. Family names, missing-person ids and
 * victim ids must be unique, a victim id must not be the id of anyone in a family pedigree, and
 * {@code "*"} (meaning "not identified") is not an id. Persons in {@code victims} who are not in
 * {@code victimSexes} are an error, loci nobody is typed at are allowed.
 */
public record DviProblem(GenotypeTable victims, Map<String, Sex> victimSexes, List<ReferenceFamily> families,
        List<Locus> loci, DviOptions options) {

    /** The assignment value meaning that a victim is not any of the missing persons. */
    public static final String NOT_IDENTIFIED = "*";

    public DviProblem {
        Objects.requireNonNull(victims, "victims");
        Objects.requireNonNull(victimSexes, "victimSexes");
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(loci, "loci");
        Objects.requireNonNull(options, "options");
        victimSexes = Collections.unmodifiableMap(new LinkedHashMap<>(victimSexes));
        families = List.copyOf(families);
        loci = List.copyOf(loci);
        checkVictims(victims, victimSexes);
        checkFamilies(families, victimSexes.keySet());
        checkLoci(loci);
    }

    /** This problem with other options. */
    public DviProblem withOptions(DviOptions o) {
        return new DviProblem(victims, victimSexes, families, loci, o);
    }

    /** The victim ids in order. */
    public List<String> victimIds() {
        return List.copyOf(victimSexes.keySet());
    }

    /** Every missing person, family by family, in order. */
    public List<String> missing() {
        List<String> all = new ArrayList<>();
        families.forEach(f -> all.addAll(f.missing()));
        return all;
    }

    /** The family of each missing person. */
    public Map<String, ReferenceFamily> familyOfMissing() {
        Map<String, ReferenceFamily> map = new LinkedHashMap<>();
        families.forEach(f -> f.missing().forEach(m -> map.put(m, f)));
        return map;
    }

    private static void checkVictims(GenotypeTable victims, Map<String, Sex> sexes) {
        for (Map.Entry<String, Sex> e : sexes.entrySet()) {
            Objects.requireNonNull(e.getValue(), "sex of victim " + e.getKey());
            if (NOT_IDENTIFIED.equals(e.getKey())) {
                throw new IllegalArgumentException("victim id must not be '*' (it means not identified)");
            }
        }
        for (String v : victims.persons()) {
            if (!sexes.containsKey(v)) {
                throw new IllegalArgumentException("victim " + v + " has genotypes but no sex entry");
            }
        }
    }

    private static void checkFamilies(List<ReferenceFamily> families, Set<String> victimIds) {
        Set<String> names = new HashSet<>();
        Map<String, String> missingFamily = new HashMap<>();
        for (ReferenceFamily f : families) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("family name appears twice: " + f.name());
            }
            for (String m : f.missing()) {
                if (NOT_IDENTIFIED.equals(m)) {
                    throw new IllegalArgumentException("missing person id must not be '*' (family " + f.name() + ")");
                }
                String other = missingFamily.putIfAbsent(m, f.name());
                if (other != null) {
                    throw new IllegalArgumentException("missing person id " + m + " appears in families "
                            + other + " and " + f.name() + "; give each missing person a unique id");
                }
            }
            for (String id : f.pedigree().ids()) {
                if (victimIds.contains(id)) {
                    throw new IllegalArgumentException("victim id " + id + " clashes with a person of family " + f.name());
                }
            }
        }
    }

    private static void checkLoci(List<Locus> loci) {
        Set<String> names = new HashSet<>();
        for (Locus l : loci) {
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("locus appears twice: " + l.name());
            }
        }
    }
}
