package org.homecoming.server.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored power of each family ({@code ident_family_power}) and the chance with each living
 * relative's sample added ({@code ident_family_power_candidate}).
 *
 * <pre>{@code
 * rows.store(row, candidates);
 * rows.list("VN", true); // that side's families below the threshold, weakest first
 * }</pre>
 */
@Repository
class FamilyPowerRepository {

    /** What a stored row was computed from, to tell whether it is still current. */
    record Basis(String dataHash, long frequencyDbId, double threshold, int simulations, boolean stale) {
    }

    /** A computed row: the family, its power today and the best candidate (null fields when none). */
    record Row(long personId, String familyRef, int referencesTyped, double expectedLog10Lr, double exclusionPower,
            double probabilityAtThreshold, double threshold, String bestMemberRef, Double bestProbability,
            Double bestMeanLog10Lr, int simulations, long seed, long frequencyDbId, String dataHash) {
    }

    /** The families {@link #list} shows: of one side (bound), open, and all of them or (bound FALSE) only those below the threshold. */
    private static final String LISTED = " WHERE p.side = ? AND p." + GeneticDataRepository.OPEN_PERSON
            + " AND (? OR w.p_at_threshold < 0.5)";

    private final JdbcClient jdbc;

    FamilyPowerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the family's row and candidates. */
    @Transactional
    public void store(Row r, List<CandidatePower> candidates) {
        jdbc.sql("DELETE FROM ident_family_power WHERE person_id = ?").param(r.personId()).update();
        jdbc.sql("INSERT INTO ident_family_power (person_id, family_ref, references_typed, expected_log10_lr,"
                        + " exclusion_power, p_at_threshold, threshold, best_member_ref, best_p_at_threshold,"
                        + " best_mean_log10_lr, simulations, seed, frequency_db_id, computed_at, data_hash, stale)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")
                .params(r.personId(), r.familyRef(), r.referencesTyped(), r.expectedLog10Lr(), r.exclusionPower(),
                        r.probabilityAtThreshold(), r.threshold(), r.bestMemberRef(), r.bestProbability(),
                        r.bestMeanLog10Lr(), r.simulations(), r.seed(), r.frequencyDbId(), OffsetDateTime.now(),
                        r.dataHash())
                .update();
        for (CandidatePower c : candidates) {
            jdbc.sql("INSERT INTO ident_family_power_candidate (person_id, member_ref, p_at_threshold, mean_log10_lr)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(r.personId(), c.memberRef(), c.probabilityAtThreshold(), c.meanLog10Lr()).update();
        }
    }

    public void delete(long personId) {
        jdbc.sql("DELETE FROM ident_family_power WHERE person_id = ?").param(personId).update();
    }

    /** Person id → what its row was computed from. */
    public Map<Long, Basis> bases() {
        Map<Long, Basis> out = new HashMap<>();
        jdbc.sql("SELECT person_id, data_hash, frequency_db_id, threshold, simulations, stale FROM ident_family_power")
                .query(rs -> {
                    out.put(rs.getLong(1), new Basis(rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getInt(5),
                            rs.getBoolean(6)));
                });
        return out;
    }

    public void markStale(long personId) {
        jdbc.sql("UPDATE ident_family_power SET stale = TRUE WHERE person_id = ?").param(personId).update();
    }

    /** Families of {@code side} with a stored power, weakest first; only those below the threshold when asked. */
    public List<FamilyPower> list(String side, boolean belowOnly) {
        Map<Long, List<CandidatePower>> candidates = new HashMap<>();
        jdbc.sql("SELECT c.person_id, c.member_ref, m.full_name, m.relationship, c.p_at_threshold, c.mean_log10_lr"
                        + " FROM ident_family_power_candidate c JOIN ident_family_power w ON w.person_id = c.person_id"
                        + " JOIN missing_person p ON p.id = c.person_id LEFT JOIN family_member m ON m.ref = c.member_ref"
                        + LISTED + " ORDER BY c.person_id, c.p_at_threshold DESC, c.mean_log10_lr DESC, c.member_ref")
                .param(side).param(!belowOnly)
                .query(rs -> {
                    candidates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CandidatePower(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6)));
                });
        return jdbc.sql("SELECT w.*, p.ref AS person_ref, p.full_name, m.full_name AS best_name,"
                        + " m.relationship AS best_relationship,"
                        + " (SELECT c.contact FROM family_member c WHERE c.person_id = p.id AND c.contact IS NOT NULL"
                        + "   ORDER BY c.id LIMIT 1) AS contact"
                        + " FROM ident_family_power w JOIN missing_person p ON p.id = w.person_id"
                        + " LEFT JOIN family_member m ON m.ref = w.best_member_ref" + LISTED
                        + " ORDER BY w.p_at_threshold, w.expected_log10_lr, p.id")
                .param(side).param(!belowOnly)
                .query((rs, n) -> power(rs).withCandidates(candidates.getOrDefault(rs.getLong("person_id"), List.of())))
                .list();
    }

    public long countBelow() {
        return jdbc.sql("SELECT COUNT(*) FROM ident_family_power w JOIN missing_person p ON p.id = w.person_id"
                + " WHERE w.p_at_threshold < 0.5 AND p." + GeneticDataRepository.OPEN_PERSON).query(Long.class).single();
    }

    private static FamilyPower power(ResultSet rs) throws SQLException {
        return new FamilyPower(rs.getLong("person_id"), rs.getString("person_ref"), rs.getString("full_name"),
                rs.getString("family_ref"), rs.getInt("references_typed"), rs.getDouble("expected_log10_lr"),
                rs.getDouble("exclusion_power"), rs.getDouble("p_at_threshold"), rs.getDouble("threshold"),
                rs.getString("best_member_ref"), rs.getString("best_name"), rs.getString("best_relationship"),
                rs.getObject("best_p_at_threshold", Double.class), rs.getObject("best_mean_log10_lr", Double.class),
                rs.getString("contact"), rs.getInt("simulations"), rs.getLong("seed"),
                rs.getObject("computed_at", OffsetDateTime.class), rs.getBoolean("stale"), List.of());
    }
}
