package org.homecoming.server.landrelease.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of QA/QC visits and their non-conformities ({@code lr_qa_visit}, {@code lr_nonconformity}); the other
 * side's visits are read only when shared.
 *
 * <pre>{@code
 * boolean closed = quality.close(ncId, "qm", now, "detectors tested each morning from 3 April");
 * }</pre>
 */
@Repository
public class QualityRepository {

    private static final String SELECT = "SELECT * FROM lr_qa_visit WHERE (side = :side OR shared)";

    private final JdbcClient jdbc;

    QualityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertVisit(QaVisit v, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lr_qa_visit (visit_type, visited_on, inspected_organisation, inspecting_organisation,"
                        + " activity_id, findings, side, shared, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE,"
                        + " ?, ?)")
                .params(v.visitType(), v.visitedOn(), v.inspectedOrganisation(), v.inspectingOrganisation(),
                        v.activityId(), v.findings(), v.side().name(), user, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertNonconformity(long visitId, Severity severity, String description) {
        jdbc.sql("INSERT INTO lr_nonconformity (visit_id, severity, description, status) VALUES (?, ?, ?, 'OPEN')")
                .params(visitId, severity.name(), description).update();
    }

    public Optional<QaVisit> find(long id, Side side) {
        return jdbc.sql(SELECT + " AND id = :id").param("side", side.name()).param("id", id)
                .query((rs, n) -> visit(rs)).optional();
    }

    public List<QaVisit> list(Side side) {
        return jdbc.sql(SELECT + " ORDER BY visited_on DESC, id DESC").param("side", side.name())
                .query((rs, n) -> visit(rs)).list();
    }

    /** The visit a non-conformity belongs to, when the reader may see it. */
    public Optional<Long> visitOf(long nonconformityId) {
        return jdbc.sql("SELECT visit_id FROM lr_nonconformity WHERE id = ?").param(nonconformityId).query(Long.class)
                .optional();
    }

    /** Closes an open non-conformity; false when it was already closed. */
    public boolean close(long id, String user, OffsetDateTime at, String correctiveAction) {
        return jdbc.sql("UPDATE lr_nonconformity SET status = 'CLOSED', corrective_action = ?, closed_by = ?,"
                        + " closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(correctiveAction, user, at, id).update() == 1;
    }

    public void share(long id) {
        jdbc.sql("UPDATE lr_qa_visit SET shared = TRUE WHERE id = ?").param(id).update();
    }

    private QaVisit visit(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new QaVisit(id, rs.getString("visit_type"), rs.getObject("visited_on", LocalDate.class),
                rs.getString("inspected_organisation"), rs.getString("inspecting_organisation"),
                rs.getObject("activity_id") == null ? null : rs.getLong("activity_id"), rs.getString("findings"),
                Side.valueOf(rs.getString("side")), rs.getBoolean("shared"), nonconformities(id));
    }

    private List<QaVisit.Nonconformity> nonconformities(long visitId) {
        return jdbc.sql("SELECT * FROM lr_nonconformity WHERE visit_id = ? ORDER BY id").param(visitId)
                .query((rs, n) -> new QaVisit.Nonconformity(rs.getLong("id"), visitId,
                        Severity.valueOf(rs.getString("severity")), rs.getString("description"),
                        rs.getString("corrective_action"), "CLOSED".equals(rs.getString("status")),
                        rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class)))
                .list();
    }
}
