package org.homecoming.server.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.homecoming.server.registry.FamilyMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the registry's genetic data in bulk for searching: remains still to identify and families
 * of persons still missing, with fingerprints of their data. Genotypes of members whose DNA
 * consent is absent or withdrawn are left out.
 *
 * <pre>{@code
 * List<RemainsData> remains = data.remains(null);      // all searchable remains
 * List<FamilyData> families = data.families(Set.of(42L)); // one person's family
 * }</pre>
 */
@Component
class GeneticData {

    /** Persons in these states have left the search. */
    static final String OPEN_PERSON = "status NOT IN ('IDENTIFIED', 'FAMILY_NOTIFIED', 'REBURIED', 'REPATRIATED')";
    /** Remains in these states have left the search. */
    static final String OPEN_REMAINS = "status NOT IN ('IDENTIFIED', 'REBURIED', 'REPATRIATED')";

    private final JdbcClient jdbc;

    GeneticData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remains with at least one autosomal call, open ones only; {@code only} limits to those ids (null: all). */
    List<RemainsData> remains(Collection<Long> only) {
        return remains(only, true);
    }

    /** As {@link #remains(Collection)}; {@code openOnly} false includes identified remains (reports). */
    List<RemainsData> remains(Collection<Long> only, boolean openOnly) {
        String open = (openOnly ? "r." + OPEN_REMAINS : "1 = 1") + (only == null ? "" : " AND r.id IN (" + ids(only) + ")");
        Map<Long, Map<String, Genotype>> calls = new LinkedHashMap<>();
        Map<Long, StringBuilder> fingerprint = new HashMap<>();
        Set<Long> degraded = new HashSet<>();
        jdbc.sql("SELECT s.remains_id, c.locus, c.allele1, c.allele2, c.quality FROM sample s JOIN str_call c"
                        + " ON c.sample_id = s.id JOIN remains r ON r.id = s.remains_id WHERE " + open
                        + " ORDER BY s.remains_id, s.id, c.locus")
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (only != null && !only.contains(id)) {
                        return;
                    }
                    if (calls.computeIfAbsent(id, k -> new TreeMap<>()).putIfAbsent(rs.getString(2),
                            Genotype.of(rs.getString(3), rs.getString(4))) == null) {
                        fingerprint.computeIfAbsent(id, k -> new StringBuilder()).append(rs.getString(2)).append('=')
                                .append(rs.getString(3)).append('/').append(rs.getString(4)).append(':')
                                .append(rs.getString(5)).append(';');
                    }
                    if ("DEGRADED".equals(rs.getString(5))) {
                        degraded.add(id);
                    }
                });
        Map<Long, String[]> haplotypes = haplotypes("remains_id");
        List<RemainsData> out = new ArrayList<>();
        if (calls.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT r.id, r.ref, r.site_id, r.sex_estimate FROM remains r WHERE " + open + " ORDER BY r.id")
                .query(rs -> {
                    long id = rs.getLong(1);
                    Map<String, Genotype> c = calls.get(id);
                    if (c != null) {
                        String[] h = haplotypes.getOrDefault(id, new String[2]);
                        String hash = FrequencyRepository.sha256(fingerprint.get(id) + "|Y=" + h[0] + "|MT=" + h[1]);
                        out.add(new RemainsData(id, rs.getString(2), rs.getLong(3), rs.getString(4), c,
                                degraded.contains(id), h[0], h[1], hash));
                    }
                });
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
        Map<Long, Map<String, String[]>> lineage = memberHaplotypes();
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
        jdbc.sql("SELECT p.id, p.ref, p.sex, CASE WHEN p." + OPEN_PERSON + " THEN 1 ELSE 0 END FROM missing_person p"
                        + " WHERE p.merged_into IS NULL")
                .query(rs -> {
                    persons.put(rs.getLong(1), new FamilyViews.Missing(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    if (rs.getInt(4) == 1) {
                        open.add(rs.getLong(1));
                    }
                });
        return persons;
    }

    /** The rows of each family by its head, and per head the rows that stand for another missing person (person → row id). */
    private void familyRows(Map<Long, FamilyViews.Missing> persons, Map<Long, List<FamilyMember>> members,
            Map<Long, Map<Long, Long>> represented) {
        jdbc.sql("SELECT f.* FROM family_member f JOIN missing_person p ON p.id = f.person_id WHERE p.merged_into IS NULL"
                        + " ORDER BY f.person_id, f.id")
                .query(rs -> {
                    long head = rs.getLong("person_id");
                    members.computeIfAbsent(head, k -> new ArrayList<>()).add(member(rs));
                    Long other = rs.getObject("represents_person_id", Long.class);
                    if (other != null && persons.containsKey(other)) {
                        represented.computeIfAbsent(head, k -> new LinkedHashMap<>()).put(other, rs.getLong("id"));
                    }
                });
    }

    private static FamilyViews views(FamilyViews.Missing head, List<FamilyMember> rows, Map<String, Map<String, Genotype>> calls,
            Map<String, String[]> haplotypes, StringBuilder fingerprint) {
        Map<String, String> y = new TreeMap<>();
        Map<String, String> mt = new TreeMap<>();
        haplotypes.forEach((ref, h) -> {
            if (h[0] != null) {
                y.put(ref, h[0]);
            }
            if (h[1] != null) {
                mt.put(ref, h[1]);
            }
        });
        return new FamilyViews(head, rows, calls, y, mt, String.valueOf(fingerprint));
    }

    /** The autosomal calls of consenting members of these heads' families (null: all), by head and member ref, with fingerprints. */
    private void memberCalls(Set<Long> heads, Map<Long, Map<String, Map<String, Genotype>>> calls,
            Map<Long, StringBuilder> fingerprint) {
        jdbc.sql("SELECT f.person_id, f.ref, c.locus, c.allele1, c.allele2 FROM sample s JOIN str_call c ON c.sample_id = s.id"
                        + " JOIN family_member f ON f.id = s.family_member_id WHERE f.consent_dna = TRUE"
                        + " AND f.consent_withdrawn IS NULL" + (heads == null ? "" : " AND f.person_id IN (" + ids(heads) + ")")
                        + " ORDER BY f.person_id, f.ref, s.id, c.locus")
                .query(rs -> {
                    long person = rs.getLong(1);
                    if (calls.computeIfAbsent(person, k -> new TreeMap<>()).computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
                            .putIfAbsent(rs.getString(3), Genotype.of(rs.getString(4), rs.getString(5))) == null) {
                        fingerprint.computeIfAbsent(person, k -> new StringBuilder()).append(rs.getString(2)).append(':')
                                .append(rs.getString(3)).append('=').append(rs.getString(4)).append('/')
                                .append(rs.getString(5)).append(';');
                    }
                });
    }

    /** Samples with an autosomal profile that no search has taken up yet: [sample id, remains id or null, person id or null]. */
    List<Long[]> unsearchedSamples() {
        return jdbc.sql("SELECT s.id, s.remains_id, f.person_id FROM sample s LEFT JOIN family_member f"
                        + " ON f.id = s.family_member_id WHERE EXISTS (SELECT 1 FROM str_call c WHERE c.sample_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM ident_searched_sample x WHERE x.sample_id = s.id) ORDER BY s.id")
                .query((rs, n) -> new Long[] {rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class)})
                .list();
    }

    /** Remains id → [Y-STR, mtDNA] (first sample wins). */
    private Map<Long, String[]> haplotypes(String column) {
        Map<Long, String[]> out = new HashMap<>();
        jdbc.sql("SELECT s." + column + ", h.marker_type, h.haplotype FROM sample s JOIN lineage_haplotype h"
                        + " ON h.sample_id = s.id WHERE s." + column + " IS NOT NULL ORDER BY s.id")
                .query(rs -> {
                    String[] h = out.computeIfAbsent(rs.getLong(1), k -> new String[2]);
                    int i = "YSTR".equals(rs.getString(2)) ? 0 : 1;
                    if (h[i] == null) {
                        h[i] = rs.getString(3);
                    }
                });
        return out;
    }

    /** Person id → member ref → [Y-STR, mtDNA], consenting members only. */
    private Map<Long, Map<String, String[]>> memberHaplotypes() {
        Map<Long, Map<String, String[]>> out = new HashMap<>();
        jdbc.sql("SELECT f.person_id, f.ref, h.marker_type, h.haplotype FROM sample s JOIN lineage_haplotype h"
                        + " ON h.sample_id = s.id JOIN family_member f ON f.id = s.family_member_id"
                        + " WHERE f.consent_dna = TRUE AND f.consent_withdrawn IS NULL ORDER BY s.id")
                .query(rs -> {
                    String[] h = out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new String[2]);
                    int i = "YSTR".equals(rs.getString(3)) ? 0 : 1;
                    if (h[i] == null) {
                        h[i] = rs.getString(4);
                    }
                });
        return out;
    }

    /** Ids for an IN list: numbers only, so they cannot carry SQL; a list never matches nothing by being empty. */
    private static String ids(Collection<Long> ids) {
        return ids.isEmpty() ? "-1" : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static FamilyMember member(ResultSet rs) throws SQLException {
        return new FamilyMember(rs.getLong("id"), rs.getString("ref"), rs.getString("family_ref"), rs.getLong("person_id"),
                rs.getString("full_name"), rs.getString("sex"), rs.getObject("birth_year", Integer.class),
                rs.getString("relationship"), rs.getString("father_ref"), rs.getString("mother_ref"),
                rs.getBoolean("living"), rs.getString("contact"), rs.getBoolean("consent_dna"),
                rs.getBoolean("consent_share"), rs.getObject("consent_date", LocalDate.class),
                rs.getObject("consent_withdrawn", LocalDate.class), rs.getInt("version"));
    }
}
