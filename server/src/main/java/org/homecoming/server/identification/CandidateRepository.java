package org.homecoming.server.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the pairs searches report. A pair rejected by an analyst stays out of the queue while its
 * data fingerprint is the one rejected ({@link #OPEN}).
 */
@Repository
class CandidateRepository {

    /** Current and not rejected on the same data. */
    static final String OPEN = "c.is_current = TRUE AND NOT EXISTS (SELECT 1 FROM ident_decision d WHERE"
            + " d.remains_id = c.remains_id AND d.person_id = c.person_id AND d.status = 'REJECTED'"
            + " AND d.data_hash = c.data_hash)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CandidateRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertAll(long jobId, List<StoredCandidate> rows) {
        List<Object[]> args = new ArrayList<>();
        for (StoredCandidate c : rows) {
            args.add(new Object[] {jobId, c.remainsId(), c.personId(), c.familyRef(), c.log10Lr(), c.loci(), c.excluded(),
                c.dropout(), c.dataHash()});
        }
        template.batchUpdate("INSERT INTO ident_candidate (job_id, remains_id, person_id, family_ref, log10_lr, loci,"
                + " excluded, dropout, data_hash, is_current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)", args);
    }

    void supersedeAll() {
        jdbc.sql("UPDATE ident_candidate SET is_current = FALSE WHERE is_current = TRUE").update();
    }

    void supersede(Collection<Long> remainsIds, Collection<Long> personIds) {
        if (!remainsIds.isEmpty()) {
            jdbc.sql("UPDATE ident_candidate SET is_current = FALSE WHERE is_current = TRUE AND remains_id IN (:ids)")
                    .param("ids", remainsIds).update();
        }
        if (!personIds.isEmpty()) {
            jdbc.sql("UPDATE ident_candidate SET is_current = FALSE WHERE is_current = TRUE AND person_id IN (:ids)")
                    .param("ids", personIds).update();
        }
    }

    Optional<StoredCandidate> find(long id) {
        return jdbc.sql("SELECT * FROM ident_candidate WHERE id = ?").param(id).query(CandidateRepository::map).optional();
    }

    /** Current candidates of one remains, best first, rejected ones included (the page marks them). */
    List<StoredCandidate> currentFor(long remainsId) {
        return jdbc.sql("SELECT * FROM ident_candidate WHERE remains_id = ? AND is_current = TRUE"
                        + " ORDER BY log10_lr DESC, person_id").param(remainsId).query(CandidateRepository::map).list();
    }

    /** Persons the side may see: its own, and those shared with it (SharingService's rule). */
    static final String VISIBLE = "(p.side = :side OR EXISTS (SELECT 1 FROM sharing sh WHERE sh.record_type = 'PERSON'"
            + " AND sh.record_id = p.id AND sh.to_side = :side AND sh.revoked_at IS NULL))";

    /**
     * Remains with an open candidate at or above {@code minLog10Lr} whose person {@code side} may
     * see, best first; other sides' candidates neither count nor show.
     */
    List<QueueEntry> queue(double minLog10Lr, String side, int limit) {
        String open = OPEN + " AND c.log10_lr >= :min AND " + VISIBLE;
        return jdbc.sql("SELECT r.id, r.ref, s.name, COUNT(*) AS n, MAX(c.log10_lr) AS best,"
                        + " (SELECT p.full_name FROM ident_candidate c JOIN missing_person p ON p.id = c.person_id"
                        + "   WHERE c.remains_id = r.id AND " + open + " ORDER BY c.log10_lr DESC LIMIT 1) AS person,"
                        + " (SELECT COUNT(*) FROM ident_decision d WHERE d.remains_id = r.id AND d.status = 'PENDING') AS pending"
                        + " FROM ident_candidate c JOIN missing_person p ON p.id = c.person_id"
                        + " JOIN remains r ON r.id = c.remains_id JOIN site s ON s.id = r.site_id"
                        + " WHERE " + open + " AND r." + GeneticDataRepository.OPEN_REMAINS
                        + " GROUP BY r.id, r.ref, s.name ORDER BY best DESC, r.id LIMIT :limit")
                .param("min", minLog10Lr).param("side", side).param("limit", limit)
                .query((rs, n) -> new QueueEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getDouble(5), rs.getString(6), rs.getLong(7) > 0))
                .list();
    }

    long queueSize(double minLog10Lr, String side) {
        return jdbc.sql("SELECT COUNT(DISTINCT c.remains_id) FROM ident_candidate c JOIN missing_person p"
                        + " ON p.id = c.person_id JOIN remains r ON r.id = c.remains_id WHERE " + OPEN
                        + " AND c.log10_lr >= :min AND " + VISIBLE + " AND r." + GeneticDataRepository.OPEN_REMAINS)
                .param("min", minLog10Lr).param("side", side).query(Long.class).single();
    }

    boolean isOpen(long candidateId) {
        return jdbc.sql("SELECT COUNT(*) FROM ident_candidate c WHERE c.id = :id AND " + OPEN).param("id", candidateId)
                .query(Long.class).single() > 0;
    }

    static StoredCandidate map(ResultSet rs, int n) throws SQLException {
        return new StoredCandidate(rs.getLong("id"), rs.getLong("job_id"), rs.getLong("remains_id"), rs.getLong("person_id"),
                rs.getString("family_ref"), rs.getDouble("log10_lr"), rs.getInt("loci"), rs.getInt("excluded"),
                rs.getDouble("dropout"), rs.getString("data_hash"), rs.getBoolean("is_current"));
    }
}
