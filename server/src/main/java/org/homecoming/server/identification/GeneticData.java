package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.server.identification.GeneticDataRepository.FamilyRow;
import org.homecoming.server.identification.GeneticDataRepository.MemberCall;
import org.homecoming.server.identification.GeneticDataRepository.PersonRow;
import org.homecoming.server.identification.GeneticDataRepository.RemainsCall;
import org.homecoming.server.identification.GeneticDataRepository.RemainsRow;
import org.homecoming.server.identification.GeneticDataRepository.RemainsScope;
import org.homecoming.server.registry.FamilyMember;
import org.springframework.stereotype.Component;

/**
 * Reads the registry's genetic data in bulk for searching: remains still to identify and families
 * of persons still missing, with fingerprints of their data, assembled from the rows
 * {@link GeneticDataRepository} reads. Genotypes of members whose DNA consent is absent or
 * withdrawn are left out.
 *
 * <pre>{@code
 * List<RemainsData> remains = data.remains(null);      // all searchable remains
 * List<FamilyData> families = data.families(Set.of(42L)); // one person's family
 * }</pre>
 */
@Component
class GeneticData {

    private final GeneticDataRepository rows;

    GeneticData(GeneticDataRepository rows) {
        this.rows = rows;
    }

    /** Remains with at least one autosomal call, open ones only; {@code only} limits to those ids (null: all). */
    List<RemainsData> remains(Collection<Long> only) {
        return remains(only, true);
    }

    /** As {@link #remains(Collection)}; {@code openOnly} false includes identified remains (reports). */
    List<RemainsData> remains(Collection<Long> only, boolean openOnly) {
        RemainsScope scope = RemainsScope.of(openOnly);
        Map<Long, Map<String, Genotype>> calls = new LinkedHashMap<>();
        Map<Long, StringBuilder> fingerprint = new HashMap<>();
        Set<Long> degraded = new HashSet<>();
        for (RemainsCall c : rows.remainsCalls(scope, only)) {
            long id = c.remainsId();
            if (calls.computeIfAbsent(id, k -> new TreeMap<>()).putIfAbsent(c.locus(),
                    Genotype.of(c.allele1(), c.allele2())) == null) {
                fingerprint.computeIfAbsent(id, k -> new StringBuilder()).append(c.locus()).append('=')
                        .append(c.allele1()).append('/').append(c.allele2()).append(':')
                        .append(c.quality()).append(';');
            }
            if ("DEGRADED".equals(c.quality())) {
                degraded.add(id);
            }
        }
        List<RemainsData> out = new ArrayList<>();
        if (calls.isEmpty()) {
            return out;
        }
        Map<Long, Lineage> haplotypes = new HashMap<>();
        rows.remainsHaplotypes().forEach(h -> haplotypes.computeIfAbsent(h.remainsId(), k -> new Lineage())
                .offer(h.markerType(), h.haplotype()));
        for (RemainsRow r : rows.remainsRows(scope, only)) {
            Map<String, Genotype> c = calls.get(r.id());
            if (c != null) {
                Lineage h = haplotypes.getOrDefault(r.id(), new Lineage());
                String hash = FrequencyRepository.sha256(fingerprint.get(r.id()) + "|Y=" + h.yStr + "|MT=" + h.mtDna);
                out.add(new RemainsData(r.id(), r.ref(), r.siteId(), r.sexEstimate(), c, degraded.contains(r.id()),
                        h.yStr, h.mtDna, hash));
            }
        }
        return out;
    }

    /** Families of open, unmerged persons that have at least one member; {@code only} limits to those person ids. */
    List<FamilyData> families(Collection<Long> only) {
        return families(only, true);
    }

    /**
     * As {@link #families(Collection)}; {@code openOnly} false includes identified persons (reports).
     * A family with several missing persons gives one entry per missing person ({@link FamilyViews}).
     */
    List<FamilyData> families(Collection<Long> only, boolean openOnly) {
        Set<Long> open = new HashSet<>();
        Map<Long, FamilyViews.Missing> persons = persons(open);
        Map<Long, List<FamilyMember>> members = new LinkedHashMap<>();
        Map<Long, Map<Long, Long>> represented = new HashMap<>();
        familyRows(persons, members, represented);
        // Head → its missing persons to give: the head first, then those its rows stand for.
        Map<Long, List<Long>> wanted = new LinkedHashMap<>();
        members.keySet().forEach(head -> {
            List<Long> ids = new ArrayList<>(List.of(head));
            ids.addAll(represented.getOrDefault(head, Map.of()).keySet());
            ids.removeIf(id -> openOnly && !open.contains(id) || only != null && !only.contains(id));
            if (!ids.isEmpty()) {
                wanted.put(head, ids);
            }
        });
        Map<Long, Map<String, Map<String, Genotype>>> calls = new HashMap<>();
        Map<Long, StringBuilder> fingerprint = new HashMap<>();
        memberCalls(only == null ? null : wanted.keySet(), calls, fingerprint);
        Map<Long, Map<String, Lineage>> lineage = memberHaplotypes();
        List<FamilyData> out = new ArrayList<>();
        wanted.forEach((head, ids) -> {
            FamilyViews views = views(persons.get(head), members.get(head), calls.getOrDefault(head, Map.of()),
                    lineage.getOrDefault(head, Map.of()), fingerprint.get(head));
            ids.forEach(id -> out.add(id.equals(head) ? views.ofHead() : views.of(persons.get(id), represented.get(head).get(id))));
        });
        out.sort(java.util.Comparator.comparingLong(FamilyData::personId));
        return out;
    }

    /** Unmerged missing persons by id; the ids of those still open are added to {@code open}. */
    private Map<Long, FamilyViews.Missing> persons(Set<Long> open) {
        Map<Long, FamilyViews.Missing> persons = new HashMap<>();
        for (PersonRow p : rows.persons()) {
            persons.put(p.id(), new FamilyViews.Missing(p.id(), p.ref(), p.sex()));
            if (p.open()) {
                open.add(p.id());
            }
        }
        return persons;
    }

    /** The rows of each family by its head, and per head the rows that stand for another missing person (person → row id). */
    private void familyRows(Map<Long, FamilyViews.Missing> persons, Map<Long, List<FamilyMember>> members,
            Map<Long, Map<Long, Long>> represented) {
        for (FamilyRow row : rows.familyRows()) {
            long head = row.member().personId();
            members.computeIfAbsent(head, k -> new ArrayList<>()).add(row.member());
            Long other = row.representsPersonId();
            if (other != null && persons.containsKey(other)) {
                represented.computeIfAbsent(head, k -> new LinkedHashMap<>()).put(other, row.member().id());
            }
        }
    }

    private static FamilyViews views(FamilyViews.Missing head, List<FamilyMember> rows, Map<String, Map<String, Genotype>> calls,
            Map<String, Lineage> haplotypes, StringBuilder fingerprint) {
        Map<String, String> y = new TreeMap<>();
        Map<String, String> mt = new TreeMap<>();
        haplotypes.forEach((ref, h) -> {
            if (h.yStr != null) {
                y.put(ref, h.yStr);
            }
            if (h.mtDna != null) {
                mt.put(ref, h.mtDna);
            }
        });
        return new FamilyViews(head, rows, calls, y, mt, String.valueOf(fingerprint));
    }

    /** The autosomal calls of consenting members of these heads' families (null: all), by head and member ref, with fingerprints. */
    private void memberCalls(Set<Long> heads, Map<Long, Map<String, Map<String, Genotype>>> calls,
            Map<Long, StringBuilder> fingerprint) {
        for (MemberCall c : rows.memberCalls(heads)) {
            long person = c.personId();
            if (calls.computeIfAbsent(person, k -> new TreeMap<>()).computeIfAbsent(c.memberRef(), k -> new TreeMap<>())
                    .putIfAbsent(c.locus(), Genotype.of(c.allele1(), c.allele2())) == null) {
                fingerprint.computeIfAbsent(person, k -> new StringBuilder()).append(c.memberRef()).append(':')
                        .append(c.locus()).append('=').append(c.allele1()).append('/')
                        .append(c.allele2()).append(';');
            }
        }
    }

    /** Person id → member ref → lineage haplotypes, consenting members only. */
    private Map<Long, Map<String, Lineage>> memberHaplotypes() {
        Map<Long, Map<String, Lineage>> out = new HashMap<>();
        rows.memberHaplotypes().forEach(h -> out.computeIfAbsent(h.personId(), k -> new HashMap<>())
                .computeIfAbsent(h.memberRef(), k -> new Lineage()).offer(h.markerType(), h.haplotype()));
        return out;
    }

    /** The Y-STR and mtDNA haplotype of one subject; the first sample that has one wins. */
    private static final class Lineage {
        private String yStr;
        private String mtDna;

        void offer(String markerType, String haplotype) {
            if ("YSTR".equals(markerType)) {
                yStr = yStr == null ? haplotype : yStr;
            } else {
                mtDna = mtDna == null ? haplotype : mtDna;
            }
        }
    }
}
