package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.pedigree.Sex;

/**
 * What remains of a DVI problem at one step of the analysis: the victims still open, the prepared
 * families with the missing persons still open, and each victim's candidate missing persons.
 */
final class DviState {

    final VictimProfiles profiles;
    final List<String> victims;
    final List<FamilyModel> families;
    final Map<String, List<String>> candidates;

    DviState(VictimProfiles profiles, List<String> victims, List<FamilyModel> families,
            Map<String, List<String>> candidates) {
        this.profiles = profiles;
        this.victims = List.copyOf(victims);
        this.families = List.copyOf(families);
        this.candidates = candidates;
    }

    /** Sexes rule a pairing out when both are known and differ. */
    static boolean sexCompatible(Sex victim, Sex missing) {
        return victim == Sex.UNKNOWN || missing == Sex.UNKNOWN || victim == missing;
    }

    /** Every victim's sex-compatible missing persons (all of them when sex is ignored). */
    static Map<String, List<String>> sexCandidates(DviProblem problem) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String v : problem.victimIds()) {
            List<String> c = new ArrayList<>();
            for (ReferenceFamily f : problem.families()) {
                for (String m : f.missing()) {
                    Sex ms = f.pedigree().sex(f.pedigree().indexOf(m));
                    if (problem.options().ignoreSex() || sexCompatible(problem.victimSexes().get(v), ms)) {
                        c.add(m);
                    }
                }
            }
            out.put(v, c);
        }
        return out;
    }

    List<String> missing() {
        List<String> out = new ArrayList<>();
        families.forEach(f -> out.addAll(f.family().missing()));
        return out;
    }

    FamilyModel familyOf(String missingPerson) {
        for (FamilyModel f : families) {
            if (f.family().missing().contains(missingPerson)) {
                return f;
            }
        }
        throw new IllegalStateException("no open family holds missing person " + missingPerson);
    }

    /** log-likelihood of the null hypothesis: every open victim unrelated to every open family. */
    double nullLogLikelihood() {
        double sum = 0;
        for (String v : victims) {
            sum += profiles.logLikelihood(v);
        }
        for (FamilyModel f : families) {
            sum += f.logLikelihood();
        }
        return sum;
    }

    /**
     * The state after identifying some victims: they leave, their data join their families as
     * references, families with nobody left missing leave, and so do victims with no candidate left.
     */
    DviState identify(Map<String, String> victimToMissing) {
        List<FamilyModel> newFamilies = new ArrayList<>();
        for (FamilyModel f : families) {
            List<String> stillMissing = new ArrayList<>(f.family().missing());
            GenotypeTable refs = f.family().references();
            for (Map.Entry<String, String> e : victimToMissing.entrySet()) {
                if (stillMissing.remove(e.getValue()) && profiles.table().isTyped(e.getKey())) {
                    refs = refs.with(e.getValue(), profiles.table(), e.getKey());
                }
            }
            if (stillMissing.size() == f.family().missing().size()) {
                newFamilies.add(f);
            } else if (!stillMissing.isEmpty()) {
                newFamilies.add(FamilyModel.of(f.family().withReferences(refs, stillMissing), f.loci(), f.options()));
            }
        }
        Set<String> gone = Set.copyOf(victimToMissing.values());
        Map<String, List<String>> newCandidates = new LinkedHashMap<>();
        List<String> newVictims = new ArrayList<>();
        for (String v : victims) {
            if (victimToMissing.containsKey(v)) {
                continue;
            }
            List<String> c = new ArrayList<>(candidates.get(v));
            c.removeAll(gone);
            if (!c.isEmpty()) {
                newVictims.add(v);
                newCandidates.put(v, c);
            }
        }
        return new DviState(profiles, newVictims, newFamilies, newCandidates);
    }

    /** The same state with other candidate lists. */
    DviState withCandidates(Map<String, List<String>> c) {
        return new DviState(profiles, victims, families, c);
    }
}
