package org.homecoming.server.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores proposed leads and the officers' decisions; a lead proposed once is not proposed again.
 *
 * <pre>{@code
 * leads.propose(lead);            // false when this page already has a lead for this person
 * leads.decide(id, "CONFIRMED", "officer1");
 * }</pre>
 */
@Repository
public class LeadRepository {

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean propose(Lead l) {
        long exists = jdbc.sql("SELECT COUNT(*) FROM archive_lead WHERE document_id = ? AND page_no = ? AND person_id = ?")
                .params(l.documentId(), l.pageNo(), l.personId()).query(Long.class).single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO archive_lead (document_id, page_no, person_id, passage, score, reasons, status,"
                        + " proposed_at) VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED', ?)")
                .params(l.documentId(), l.pageNo(), l.personId(), l.passage(), l.score(), String.join(",", l.reasons()),
                        OffsetDateTime.now())
                .update();
        return true;
    }

    public Optional<Lead> find(long id) {
        return jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query(LeadRepository::map).optional();
    }

    public List<Lead> ofDocument(long documentId) {
        return jdbc.sql(SELECT + " WHERE l.document_id = ? ORDER BY l.page_no, l.score DESC").param(documentId)
                .query(LeadRepository::map).list();
    }

    public List<Lead> proposed(int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE l.status = 'PROPOSED' ORDER BY l.score DESC, l.id LIMIT ? OFFSET ?")
                .params(limit, offset).query(LeadRepository::map).list();
    }

    /** Records the decision on a proposed lead; false if it was already decided. */
    public boolean decide(long id, String status, String by) {
        return jdbc.sql("UPDATE archive_lead SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"
                + " AND status = 'PROPOSED'").params(status, by, OffsetDateTime.now(), id).update() == 1;
    }

    private static final String SELECT = "SELECT l.*, p.full_name FROM archive_lead l JOIN missing_person p"
            + " ON p.id = l.person_id";

    static Lead map(ResultSet rs, int n) throws SQLException {
        return new Lead(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("page_no"), rs.getLong("person_id"),
                rs.getString("full_name"), rs.getString("passage"), rs.getDouble("score"),
                Arrays.asList(rs.getString("reasons").split(",")), rs.getString("status"));
    }
}
