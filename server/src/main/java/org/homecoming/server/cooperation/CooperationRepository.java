package org.homecoming.server.cooperation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of agreements, meetings and their delegates, commitments with their status history and evidence, and
 * indicators with their typed periods ({@code coop_*}). Cooperation records are joint: both sides read them all.
 *
 * <pre>{@code
 * List<CooperationRepository.CommitmentRow> rows = repository.commitments(Area.DIOXIN);
 * }</pre>
 */
@Repository
public class CooperationRepository {

    private static final String COMMITMENTS = "SELECT c.*, a.ref AS agreement_ref, m.ref AS meeting_ref FROM coop_commitment c"
            + " LEFT JOIN coop_agreement a ON a.id = c.agreement_id LEFT JOIN coop_meeting m ON m.id = c.meeting_id";

    private static final String INDICATORS = "SELECT i.*, a.identifier AS activity_identifier FROM coop_indicator i"
            + " LEFT JOIN coop_activity a ON a.id = i.activity_id";

    private final JdbcClient jdbc;

    CooperationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A commitment as stored, before its history and evidence are read. */
    public record CommitmentRow(long id, String ref, String agreementRef, String meetingRef, Area area, String textVi,
            String textEn, String responsibleSide, String office, LocalDate periodStart, LocalDate dueOn,
            CommitmentStatus status) {
    }

    /** An indicator as stored. */
    public record IndicatorRow(long id, String ref, Area area, String nameVi, String nameEn, IndicatorSource source,
            BigDecimal baseline, Integer baselineYear, BigDecimal target, Integer targetYear, String activityIdentifier) {
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    private void ref(String table, String prefix, long id) {
        jdbc.sql("UPDATE " + table + " SET ref = ? WHERE id = ?")
                .params(String.format(Locale.ROOT, "%s-%05d", prefix, id), id).update();
    }

    public long insertAgreement(String ref, AgreementKind kind, String titleVi, String titleEn, LocalDate signedOn,
            String archiveRef, String user, OffsetDateTime at) {
        return insert("INSERT INTO coop_agreement (ref, kind, title_vi, title_en, signed_on, archive_ref, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ref, kind.name(), titleVi, titleEn, signedOn, archiveRef, user, at);
    }

    public List<Agreement> agreements() {
        return jdbc.sql("SELECT * FROM coop_agreement ORDER BY signed_on DESC, id DESC").query(CooperationRepository::agreement)
                .list();
    }

    public Optional<Agreement> agreement(String ref) {
        return jdbc.sql("SELECT * FROM coop_agreement WHERE ref = ?").param(ref).query(CooperationRepository::agreement)
                .optional();
    }

    public long insertMeeting(MeetingKind kind, LocalDate heldOn, String place, String titleVi, String titleEn,
            String agenda, String user, OffsetDateTime at) {
        long id = insert("INSERT INTO coop_meeting (ref, kind, held_on, place, title_vi, title_en, agenda, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "pending-" + UUID.randomUUID(), kind.name(), heldOn,
                place, titleVi, titleEn, agenda, user, at);
        ref("coop_meeting", "MTG", id);
        return id;
    }

    public void addDelegate(long meetingId, Meeting.Delegate d) {
        jdbc.sql("INSERT INTO coop_delegate (meeting_id, name, title, side) VALUES (?, ?, ?, ?)")
                .params(meetingId, d.name(), d.title(), d.side()).update();
    }

    /** Meetings, newest first, with their delegates and what they decided. */
    public List<Meeting> meetings() {
        return jdbc.sql("SELECT * FROM coop_meeting ORDER BY held_on DESC, id DESC").query((rs, n) -> rs.getLong("id"))
                .list().stream().map(id -> meeting(id).orElseThrow()).toList();
    }

    public Optional<Meeting> meeting(long id) {
        return jdbc.sql("SELECT * FROM coop_meeting WHERE id = ?").param(id).query((rs, n) -> new Meeting(rs.getLong("id"),
                rs.getString("ref"), MeetingKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                rs.getString("place"), rs.getString("title_vi"), rs.getString("title_en"), rs.getString("agenda"),
                jdbc.sql("SELECT * FROM coop_delegate WHERE meeting_id = ? ORDER BY side DESC, id").param(id)
                        .query((d, k) -> new Meeting.Delegate(d.getString("name"), d.getString("title"), d.getString("side")))
                        .list(),
                jdbc.sql("SELECT ref FROM coop_commitment WHERE meeting_id = ? ORDER BY id").param(id).query(String.class).list(),
                jdbc.sql("SELECT DISTINCT c.ref FROM coop_commitment_status s JOIN coop_commitment c ON c.id = s.commitment_id"
                        + " WHERE s.meeting_id = ? AND (c.meeting_id IS NULL OR c.meeting_id <> ?) ORDER BY c.ref")
                        .params(id, id).query(String.class).list()))
                .optional();
    }

    public Optional<Long> meetingId(String ref) {
        return jdbc.sql("SELECT id FROM coop_meeting WHERE ref = ?").param(ref).query(Long.class).optional();
    }

    public long insertCommitment(Long agreementId, Long meetingId, Area area, String textVi, String textEn,
            String responsibleSide, String office, LocalDate periodStart, LocalDate dueOn, String user, OffsetDateTime at) {
        long id = insert("INSERT INTO coop_commitment (ref, agreement_id, meeting_id, area, text_vi, text_en,"
                + " responsible_side, office, period_start, due_on, status, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)", "pending-" + UUID.randomUUID(), agreementId,
                meetingId, area.name(), textVi, textEn, responsibleSide, office, periodStart, dueOn, user, at);
        ref("coop_commitment", "CMT", id);
        return id;
    }

    /** Sets the status and adds its line to the history; false when the status was no longer {@code from}. */
    public boolean changeStatus(long id, CommitmentStatus from, CommitmentStatus to, LocalDate on, Long meetingId,
            String note, String user, OffsetDateTime at) {
        if (jdbc.sql("UPDATE coop_commitment SET status = ? WHERE id = ? AND status = ?").params(to.name(), id, from.name())
                .update() != 1) {
            return false;
        }
        addStatusLine(id, to, on, meetingId, note, user, at);
        return true;
    }

    public void addStatusLine(long id, CommitmentStatus status, LocalDate on, Long meetingId, String note, String user,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO coop_commitment_status (commitment_id, status, changed_on, meeting_id, note, changed_by,"
                        + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, status.name(), on, meetingId, note, user, at).update();
    }

    public Optional<CommitmentRow> commitment(long id) {
        return jdbc.sql(COMMITMENTS + " WHERE c.id = ?").param(id).query(CooperationRepository::commitment).optional();
    }

    /** Commitments of an area (all when null), by due date. */
    public List<CommitmentRow> commitments(Area area) {
        return jdbc.sql(COMMITMENTS + " WHERE (CAST(:area AS VARCHAR(24)) IS NULL OR c.area = :area)"
                        + " ORDER BY c.due_on NULLS LAST, c.id")
                .param("area", area == null ? null : area.name()).query(CooperationRepository::commitment).list();
    }

    public List<Commitment.StatusChange> history(long commitmentId) {
        return jdbc.sql("SELECT s.*, m.ref AS meeting_ref FROM coop_commitment_status s LEFT JOIN coop_meeting m"
                        + " ON m.id = s.meeting_id WHERE s.commitment_id = ? ORDER BY s.changed_on, s.id").param(commitmentId)
                .query((rs, n) -> new Commitment.StatusChange(CommitmentStatus.valueOf(rs.getString("status")),
                        rs.getObject("changed_on", LocalDate.class), rs.getString("meeting_ref"), rs.getString("note"),
                        rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    public void addEvidence(long commitmentId, CommitmentEvidenceKind kind, String targetRef, String note, String user,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO coop_evidence (commitment_id, kind, target_ref, note, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(commitmentId, kind.name(), targetRef, note, user, at).update();
    }

    public List<Commitment.Evidence> evidence(long commitmentId) {
        return jdbc.sql("SELECT * FROM coop_evidence WHERE commitment_id = ? ORDER BY id").param(commitmentId)
                .query((rs, n) -> new Commitment.Evidence(rs.getLong("id"), CommitmentEvidenceKind.valueOf(rs.getString("kind")),
                        rs.getString("target_ref"), rs.getString("note"), rs.getString("added_by")))
                .list();
    }

    public long insertIndicator(Area area, String nameVi, String nameEn, IndicatorSource source, BigDecimal baseline,
            Integer baselineYear, BigDecimal target, Integer targetYear, String user, OffsetDateTime at) {
        long id = insert("INSERT INTO coop_indicator (ref, area, name_vi, name_en, source, baseline, baseline_year, target,"
                + " target_year, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "pending-" + UUID.randomUUID(), area.name(), nameVi, nameEn, source.name(), baseline, baselineYear, target,
                targetYear, user, at);
        ref("coop_indicator", "IND", id);
        return id;
    }

    public Optional<IndicatorRow> indicator(long id) {
        return jdbc.sql(INDICATORS + " WHERE i.id = ?").param(id).query(CooperationRepository::indicator).optional();
    }

    public Optional<IndicatorRow> indicatorByRef(String ref) {
        return jdbc.sql(INDICATORS + " WHERE i.ref = ?").param(ref).query(CooperationRepository::indicator).optional();
    }

    public List<IndicatorRow> indicators(Area area) {
        return jdbc.sql(INDICATORS + " WHERE CAST(:area AS VARCHAR(24)) IS NULL OR i.area = :area ORDER BY i.id")
                .param("area", area == null ? null : area.name()).query(CooperationRepository::indicator).list();
    }

    /** Indicators reported as results of the activity. */
    public List<IndicatorRow> indicatorsOfActivity(String identifier) {
        return jdbc.sql(INDICATORS + " WHERE a.identifier = ? ORDER BY i.id").param(identifier)
                .query(CooperationRepository::indicator).list();
    }

    public void linkIndicator(long indicatorId, long activityId) {
        jdbc.sql("UPDATE coop_indicator SET activity_id = ? WHERE id = ?").params(activityId, indicatorId).update();
    }

    public void addPeriod(long indicatorId, Indicator.Period p, String user, OffsetDateTime at) {
        jdbc.sql("INSERT INTO coop_indicator_period (indicator_id, period_start, period_end, target, actual, recorded_by,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(indicatorId, p.start(), p.end(), p.target(), p.actual(), user, at).update();
    }

    public List<Indicator.Period> periods(long indicatorId) {
        return jdbc.sql("SELECT * FROM coop_indicator_period WHERE indicator_id = ? ORDER BY period_start, id")
                .param(indicatorId)
                .query((rs, n) -> new Indicator.Period(rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("target"), rs.getBigDecimal("actual")))
                .list();
    }

    private static Agreement agreement(ResultSet rs, int n) throws SQLException {
        return new Agreement(rs.getLong("id"), rs.getString("ref"), AgreementKind.valueOf(rs.getString("kind")),
                rs.getString("title_vi"), rs.getString("title_en"), rs.getObject("signed_on", LocalDate.class),
                rs.getString("archive_ref"));
    }

    private static CommitmentRow commitment(ResultSet rs, int n) throws SQLException {
        return new CommitmentRow(rs.getLong("id"), rs.getString("ref"), rs.getString("agreement_ref"),
                rs.getString("meeting_ref"), Area.valueOf(rs.getString("area")), rs.getString("text_vi"),
                rs.getString("text_en"), rs.getString("responsible_side"), rs.getString("office"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                CommitmentStatus.valueOf(rs.getString("status")));
    }

    private static IndicatorRow indicator(ResultSet rs, int n) throws SQLException {
        return new IndicatorRow(rs.getLong("id"), rs.getString("ref"), Area.valueOf(rs.getString("area")),
                rs.getString("name_vi"), rs.getString("name_en"), IndicatorSource.valueOf(rs.getString("source")),
                rs.getBigDecimal("baseline"), rs.getObject("baseline_year", Integer.class), rs.getBigDecimal("target"),
                rs.getObject("target_year", Integer.class), rs.getString("activity_identifier"));
    }
}
