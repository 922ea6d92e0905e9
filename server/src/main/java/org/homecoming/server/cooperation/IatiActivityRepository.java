package org.homecoming.server.cooperation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of IATI activities ({@code coop_activity} and its lists). An activity is written whole: saving one whose
 * identifier is stored replaces its lists.
 *
 * <pre>{@code
 * activities.save(activity, "OWN", "liaison", now);
 * }</pre>
 */
@Repository
public class IatiActivityRepository {

    private final JdbcClient jdbc;

    IatiActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the activity (replacing one of the same identifier); returns its id. */
    public long save(IatiActivity a, String origin, String user, OffsetDateTime at) {
        Optional<Long> existing = id(a.identifier());
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            for (String t : new String[] {"coop_participant", "coop_budget", "coop_transaction", "coop_related_activity",
                "coop_document_link"}) {
                jdbc.sql("DELETE FROM " + t + " WHERE activity_id = ?").param(id).update();
            }
            jdbc.sql("UPDATE coop_activity SET reporting_ref = ?, reporting_name = ?, title_vi = ?, title_en = ?,"
                            + " description_vi = ?, description_en = ?, status = ?, planned_start = ?, actual_start = ?,"
                            + " planned_end = ?, actual_end = ?, province = ?, province_before = ?, sector_code = ?, area = ?,"
                            + " origin = ?, updated_by = ?, updated_at = ? WHERE id = ?")
                    .params(a.reportingOrg().ref(), a.reportingOrg().name(), a.titleVi(), a.titleEn(), a.descriptionVi(),
                            a.descriptionEn(), a.status().code(), a.plannedStart(), a.actualStart(), a.plannedEnd(),
                            a.actualEnd(), a.province(), a.provinceBefore(), a.sectorCode(),
                            a.area() == null ? null : a.area().name(), origin, user, at, id)
                    .update();
        } else {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO coop_activity (identifier, reporting_ref, reporting_name, title_vi, title_en, description_vi,"
                            + " description_en, status, planned_start, actual_start, planned_end, actual_end, province,"
                            + " province_before, sector_code, area, origin, updated_by, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(a.identifier(), a.reportingOrg().ref(), a.reportingOrg().name(), a.titleVi(), a.titleEn(),
                            a.descriptionVi(), a.descriptionEn(), a.status().code(), a.plannedStart(), a.actualStart(),
                            a.plannedEnd(), a.actualEnd(), a.province(), a.provinceBefore(), a.sectorCode(),
                            a.area() == null ? null : a.area().name(), origin, user, at)
                    .update(keys, "id");
            id = keys.getKey().longValue();
        }
        int n = 0;
        for (IatiActivity.Participant p : a.participants()) {
            jdbc.sql("INSERT INTO coop_participant (activity_id, ord, ref, name, role) VALUES (?, ?, ?, ?, ?)")
                    .params(id, n++, p.ref(), p.name(), p.role().code()).update();
        }
        n = 0;
        for (IatiActivity.Budget b : a.budgets()) {
            jdbc.sql("INSERT INTO coop_budget (activity_id, ord, period_start, period_end, amount, currency) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, n++, b.periodStart(), b.periodEnd(), b.value(), b.currency()).update();
        }
        n = 0;
        for (IatiActivity.Transaction t : a.transactions()) {
            jdbc.sql("INSERT INTO coop_transaction (activity_id, ord, tx_type, tx_date, amount, currency, provider_ref,"
                            + " provider_name, receiver_ref, receiver_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, n++, t.type().code(), t.date(), t.value(), t.currency(),
                            t.provider() == null ? null : t.provider().ref(), t.provider() == null ? null : t.provider().name(),
                            t.receiver() == null ? null : t.receiver().ref(), t.receiver() == null ? null : t.receiver().name())
                    .update();
        }
        n = 0;
        for (IatiActivity.RelatedActivity r : a.related()) {
            jdbc.sql("INSERT INTO coop_related_activity (activity_id, ord, rel_type, identifier) VALUES (?, ?, ?, ?)")
                    .params(id, n++, r.type(), r.identifier()).update();
        }
        n = 0;
        for (IatiActivity.DocumentLink d : a.documents()) {
            jdbc.sql("INSERT INTO coop_document_link (activity_id, ord, url, title, category) VALUES (?, ?, ?, ?, ?)")
                    .params(id, n++, d.url(), d.title(), d.category()).update();
        }
        return id;
    }

    public Optional<Long> id(String identifier) {
        return jdbc.sql("SELECT id FROM coop_activity WHERE identifier = ?").param(identifier).query(Long.class).optional();
    }

    /** The activity without results (results come from the indicators linked to it). */
    public Optional<IatiActivity> find(String identifier) {
        return jdbc.sql("SELECT * FROM coop_activity WHERE identifier = ?").param(identifier)
                .query((rs, n) -> activity(rs)).optional();
    }

    /** Activities of an area (all when null), latest planned start first. */
    public List<IatiActivity> list(Area area) {
        List<String> ids = jdbc.sql("SELECT identifier FROM coop_activity WHERE CAST(:area AS VARCHAR(24)) IS NULL OR area = :area"
                        + " ORDER BY planned_start DESC NULLS LAST, id DESC")
                .param("area", area == null ? null : area.name()).query(String.class).list();
        List<IatiActivity> out = new ArrayList<>();
        ids.forEach(i -> out.add(find(i).orElseThrow()));
        return out;
    }

    /** Identifiers of the activities this side recorded itself. */
    public java.util.Set<String> own() {
        return new java.util.HashSet<>(jdbc.sql("SELECT identifier FROM coop_activity WHERE origin = 'OWN'")
                .query(String.class).list());
    }

    public String origin(String identifier) {
        return jdbc.sql("SELECT origin FROM coop_activity WHERE identifier = ?").param(identifier).query(String.class).single();
    }

    private IatiActivity activity(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String area = rs.getString("area");
        return new IatiActivity(rs.getString("identifier"), new IatiActivity.Organisation(rs.getString("reporting_ref"),
                rs.getString("reporting_name")), rs.getString("title_vi"), rs.getString("title_en"),
                rs.getString("description_vi"), rs.getString("description_en"),
                jdbc.sql("SELECT * FROM coop_participant WHERE activity_id = ? ORDER BY ord").param(id)
                        .query((p, k) -> new IatiActivity.Participant(p.getString("ref"), p.getString("name"),
                                OrganisationRole.of(p.getInt("role")))).list(),
                IatiActivityStatus.of(rs.getInt("status")), rs.getObject("planned_start", LocalDate.class),
                rs.getObject("actual_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                rs.getObject("actual_end", LocalDate.class), rs.getString("province"), rs.getString("province_before"),
                rs.getString("sector_code"), area == null ? null : Area.valueOf(area),
                jdbc.sql("SELECT * FROM coop_budget WHERE activity_id = ? ORDER BY ord").param(id)
                        .query((b, k) -> new IatiActivity.Budget(b.getObject("period_start", LocalDate.class),
                                b.getObject("period_end", LocalDate.class), b.getBigDecimal("amount"), b.getString("currency")))
                        .list(),
                jdbc.sql("SELECT * FROM coop_transaction WHERE activity_id = ? ORDER BY ord").param(id)
                        .query((t, k) -> new IatiActivity.Transaction(TransactionType.of(t.getInt("tx_type")),
                                t.getObject("tx_date", LocalDate.class), t.getBigDecimal("amount"), t.getString("currency"),
                                org(t.getString("provider_ref"), t.getString("provider_name")),
                                org(t.getString("receiver_ref"), t.getString("receiver_name"))))
                        .list(),
                jdbc.sql("SELECT * FROM coop_related_activity WHERE activity_id = ? ORDER BY ord").param(id)
                        .query((r, k) -> new IatiActivity.RelatedActivity(r.getInt("rel_type"), r.getString("identifier"))).list(),
                jdbc.sql("SELECT * FROM coop_document_link WHERE activity_id = ? ORDER BY ord").param(id)
                        .query((d, k) -> new IatiActivity.DocumentLink(d.getString("url"), d.getString("title"),
                                d.getString("category"))).list(),
                List.of());
    }

    private static IatiActivity.Organisation org(String ref, String name) {
        return ref == null && name == null ? null : new IatiActivity.Organisation(ref, name);
    }
}
