package org.homecoming.server.imports;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.NewPerson;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.Site;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes checked programme rows with batched statements; file ids become the records' {@code ref}.
 * Persons are registered through {@link PersonService#createAll}, the path every new person takes.
 * Runs inside the caller's transaction, so a failure leaves nothing written.
 *
 * <pre>{@code
 * Map<String, Integer> written = writer.write(data, "import 2026-11-23 by lan");
 * }</pre>
 */
@Component
class ProgrammeWriter {

    private static final int BATCH = 1000;
    private final JdbcTemplate jdbc;
    private final PersonService registry;

    ProgrammeWriter(JdbcTemplate jdbc, PersonService registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    Map<String, Integer> write(ProgrammeData d, String by) {
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("persons", persons(d, by));
        counts.put("familyMembers", members(d));
        initialConsents(by, now);
        counts.put("sites", sites(d));
        counts.put("remains", remains(d));
        counts.put("samples", samples(d, now));
        counts.put("strCalls", d.calls.size());
        counts.put("haplotypes", d.lineage.size());
        if (!d.lineageReference.isEmpty()) {
            counts.put("lineageReference", lineageReference(d, by, now));
        }
        return counts;
    }

    /** The population set of the import becomes the newest, hence active, lineage reference set. */
    private int lineageReference(ProgrammeData d, String by, OffsetDateTime now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO lineage_reference_set (name, source, uploaded_by, uploaded_at, row_count)"
                    + " VALUES (?, 'programme import', ?, ?, ?)", new String[] {"id"});
            ps.setString(1, LineageReferenceReader.FILE);
            ps.setString(2, by);
            ps.setObject(3, now);
            ps.setInt(4, d.lineageReference.size());
            return ps;
        }, keys);
        long set = keys.getKey().longValue();
        batch("INSERT INTO lineage_reference_haplotype (set_id, sample_id, marker_type, haplotype) VALUES (?, ?, ?, ?)",
                d.lineageReference.stream().map(h -> new Object[] {set, h.sampleId(), h.markerType(), h.value()}).toList(),
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        return d.lineageReference.size();
    }

    /** Persons are registered as every person is ({@link PersonService#createAll}), in batches. */
    private int persons(ProgrammeData d, String by) {
        registry.createAll(d.persons.stream()
                .map(r -> new NewPerson(r.person(), r.aliases(), "IMPORT", r.person().source())).toList(), by);
        return d.persons.size();
    }

    private int members(ProgrammeData d) {
        Map<String, Long> persons = ids(IdTable.PERSONS);
        List<Object[]> rows = new ArrayList<>();
        for (var r : d.members) {
            FamilyMember m = r.member();
            rows.add(new Object[] {m.ref(), m.familyRef(), persons.get(r.personRef()), m.fullName(), m.sex(), m.birthYear(),
                m.relationship(), m.fatherRef(), m.motherRef(), m.living(), m.contact(), m.consentDna(), m.consentShare(),
                m.consentDate(), r.missing() ? persons.get(m.ref()) : null});
        }
        int v = Types.VARCHAR;
        int b = Types.BOOLEAN;
        batch("INSERT INTO family_member (ref, family_ref, person_id, full_name, sex, birth_year, relationship, father_ref,"
                + " mother_ref, living, contact, consent_dna, consent_share, consent_date, represents_person_id, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows,
                new int[] {v, v, Types.BIGINT, v, v, Types.INTEGER, v, v, v, b, v, b, b, Types.DATE, Types.BIGINT});
        return rows.size();
    }

    /**
     * The consent flags of imported members become their first consent entries (as
     * {@code FamilyRepository.insert} does for one member): share → RECORD, share and DNA → GENETIC.
     */
    private void initialConsents(String by, OffsetDateTime now) {
        for (String scope : new String[] {"RECORD", "GENETIC"}) {
            jdbc.update("INSERT INTO member_consent (member_id, scope, granted, effective_on, basis, recorded_by, recorded_at)"
                    + " SELECT f.id, ?, TRUE, CASE WHEN f.consent_date IS NULL OR f.consent_date > CURRENT_DATE"
                    + " THEN CURRENT_DATE ELSE f.consent_date END, 'consent given with the imported record', ?, ?"
                    + " FROM family_member f WHERE f.consent_share = TRUE AND f.consent_withdrawn IS NULL"
                    + ("GENETIC".equals(scope) ? " AND f.consent_dna = TRUE" : "")
                    + " AND NOT EXISTS (SELECT 1 FROM member_consent c WHERE c.member_id = f.id AND c.scope = ?)",
                    scope, by, now, scope);
        }
    }

    private int sites(ProgrammeData d) {
        List<Object[]> rows = new ArrayList<>();
        for (Site s : d.sites) {
            rows.add(new Object[] {s.ref(), s.kind(), s.name(), s.province(), s.lat(), s.lon(), s.wkt()});
        }
        int v = Types.VARCHAR;
        batch("INSERT INTO site (ref, kind, name, province, lat, lon, wkt, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", rows,
                new int[] {v, v, v, v, Types.DOUBLE, Types.DOUBLE, v});
        return rows.size();
    }

    private int remains(ProgrammeData d) {
        Map<String, Long> sites = ids(IdTable.SITES);
        List<Object[]> rows = new ArrayList<>();
        for (var r : d.remains) {
            Remains x = r.remains();
            rows.add(new Object[] {x.ref(), sites.get(r.siteRef()), x.recoveryDate(), x.recoveryYear(), x.recoveryLat(),
                x.recoveryLon(), x.precisionM(), x.team(), x.sexEstimate(), x.ageMin(), x.ageMax(), x.statureCm(),
                x.condition(), x.artifacts(), x.status()});
        }
        int v = Types.VARCHAR;
        int i = Types.INTEGER;
        batch("INSERT INTO remains (ref, site_id, recovery_date, recovery_year, recovery_lat, recovery_lon, precision_m,"
                + " team, sex_estimate, age_min, age_max, stature_cm, condition, artifacts, status, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows,
                new int[] {v, Types.BIGINT, v, i, Types.DOUBLE, Types.DOUBLE, i, v, v, i, i, i, v, v, v});
        return rows.size();
    }

    private int samples(ProgrammeData d, OffsetDateTime now) {
        Map<String, Object[]> samples = new LinkedHashMap<>();
        Map<String, Long> remains = ids(IdTable.REMAINS);
        Map<String, Long> members = ids(IdTable.MEMBERS);
        Map<String, Boolean> degraded = new HashMap<>();
        for (var c : d.calls) {
            samples.computeIfAbsent(c.sampleRef(), k -> sampleRow(k, c.subjectType(), c.subjectRef(), c.kit(), remains, members, now));
            degraded.merge(c.sampleRef(), c.quality().equals("DEGRADED"), Boolean::logicalOr);
        }
        for (var l : d.lineage) {
            samples.computeIfAbsent(l.sampleRef(), k -> sampleRow(k, l.subjectType(), l.subjectRef(), null, remains, members, now));
        }
        samples.forEach((ref, row) -> row[5] = degraded.getOrDefault(ref, false));
        int v = Types.VARCHAR;
        batch("INSERT INTO sample (ref, subject_type, remains_id, family_member_id, kit, degraded, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", new ArrayList<>(samples.values()),
                new int[] {v, v, Types.BIGINT, Types.BIGINT, v, Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE});
        Map<String, Long> ids = ids(IdTable.SAMPLES);
        List<Object[]> calls = new ArrayList<>();
        d.calls.forEach(c -> calls.add(new Object[] {ids.get(c.sampleRef()), c.locus(), c.allele1(), c.allele2(), c.quality()}));
        batch("INSERT INTO str_call (sample_id, locus, allele1, allele2, quality) VALUES (?, ?, ?, ?, ?)", calls,
                new int[] {Types.BIGINT, v, v, v, v});
        List<Object[]> haps = new ArrayList<>();
        d.lineage.forEach(l -> haps.add(new Object[] {ids.get(l.sampleRef()), l.markerType(), l.value()}));
        batch("INSERT INTO lineage_haplotype (sample_id, marker_type, haplotype) VALUES (?, ?, ?)", haps,
                new int[] {Types.BIGINT, v, v});
        return samples.size();
    }

    private static Object[] sampleRow(String ref, String type, String subject, String kit, Map<String, Long> remains,
            Map<String, Long> members, OffsetDateTime now) {
        boolean r = type.equals("REMAINS");
        return new Object[] {ref, type, r ? remains.get(subject) : null, r ? null : members.get(subject), kit, false, now};
    }

    private void batch(String sql, List<Object[]> rows, int[] types) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
        }
    }

    /** The tables whose ref → id map a later step of the import needs; each reads with its own fixed SQL. */
    private enum IdTable {
        PERSONS("SELECT ref, id FROM missing_person"),
        SITES("SELECT ref, id FROM site"),
        REMAINS("SELECT ref, id FROM remains"),
        MEMBERS("SELECT ref, id FROM family_member"),
        SAMPLES("SELECT ref, id FROM sample");

        private final String sql;

        IdTable(String sql) {
            this.sql = sql;
        }
    }

    private Map<String, Long> ids(IdTable table) {
        Map<String, Long> out = new HashMap<>();
        jdbc.query(table.sql, rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }
}
