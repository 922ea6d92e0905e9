package org.homecoming.server.landrelease.area;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of hazardous areas ({@code lr_hazard_*} tables of V400). Every read takes the reader's side and returns
 * the other side's rows only when they are shared.
 *
 * <pre>{@code
 * long id = areas.insert(newArea, Side.VN, "mao", now, today, "recorded");
 * areas.find(id, Side.US); // empty until areas.share(id, Side.VN)
 * }</pre>
 */
@Repository
public class HazardAreaRepository {

    private static final String VISIBLE = " (side = :side OR shared)";
    private static final String SELECT = "SELECT * FROM lr_hazard_area WHERE" + VISIBLE;

    private final JdbcClient jdbc;

    HazardAreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an area with its evidence, devices, points and first status row; its ref is {@code HA-<year>-<id as 6
     * digits>}, unique because the id is.
     */
    public long insert(NewHazardArea a, Side side, String user, OffsetDateTime at, LocalDate effectiveOn, String reason) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lr_hazard_area (ref, name, area_class, status, wkt, min_lon, min_lat, max_lon, max_lat,"
                        + " estimated_area_m2, remaining_area_m2, outside_country, province_old, district_old, commune_old,"
                        + " province, commune, organisation, girls, boys, women, men, side, shared, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)")
                .params("pending-" + UUID.randomUUID(), a.name(), a.areaClass().name(), a.status().name(), a.wkt(),
                        a.box().minLon(), a.box().minLat(), a.box().maxLon(), a.box().maxLat(), a.estimatedAreaM2(),
                        a.remainingAreaM2(), a.outsideCountry(), a.places().provinceOld(), a.places().districtOld(),
                        a.places().communeOld(), a.places().province(), a.places().commune(), a.organisation(),
                        a.beneficiaries().girls(), a.beneficiaries().boys(), a.beneficiaries().women(),
                        a.beneficiaries().men(), side.name(), user, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE lr_hazard_area SET ref = ? WHERE id = ?")
                .params(String.format(Locale.ROOT, "HA-%d-%06d", at.getYear(), id), id).update();
        for (EvidenceKind e : a.evidence()) {
            jdbc.sql("INSERT INTO lr_hazard_evidence (hazard_area_id, kind) VALUES (?, ?)").params(id, e.name()).update();
        }
        for (DeviceCategory d : a.devices()) {
            jdbc.sql("INSERT INTO lr_hazard_device (hazard_area_id, category) VALUES (?, ?)").params(id, d.name()).update();
        }
        for (HazardPoint p : a.points()) {
            jdbc.sql("INSERT INTO lr_hazard_point (hazard_area_id, point_type, kind, lat, lon, note) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, p.type().name(), p.kind().name(), p.lat(), p.lon(), p.note()).update();
        }
        addStatus(id, a.status(), effectiveOn, reason, user, at);
        return id;
    }

    /**
     * Lowers an area's remaining area by what a completed activity released, never below zero; the caller has
     * checked the product against the remaining area in the same transaction.
     */
    public void lowerRemaining(long id, double releasedM2) {
        jdbc.sql("UPDATE lr_hazard_area SET remaining_area_m2 = CASE WHEN remaining_area_m2 > ? THEN remaining_area_m2 - ?"
                        + " ELSE 0 END, version = version + 1 WHERE id = ?")
                .params(releasedM2, releasedM2, id).update();
    }

    public Optional<HazardArea> find(long id, Side side) {
        return jdbc.sql(SELECT + " AND id = :id").param("side", side.name()).param("id", id)
                .query(HazardAreaRepository::area).optional();
    }

    /** The visible areas the filter keeps, by ref. */
    public List<HazardArea> list(HazardAreaFilter f, Side side) {
        StringBuilder sql = new StringBuilder(SELECT);
        if (f.province() != null) {
            sql.append(" AND province = :province");
        }
        if (f.status() != null) {
            sql.append(" AND status = :status");
        }
        if (f.areaClass() != null) {
            sql.append(" AND area_class = :areaClass");
        }
        if (f.bbox() != null) {
            sql.append(" AND max_lon >= :west AND min_lon <= :east AND max_lat >= :south AND min_lat <= :north");
        }
        JdbcClient.StatementSpec spec = jdbc.sql(sql + " ORDER BY ref").param("side", side.name());
        if (f.province() != null) {
            spec = spec.param("province", f.province());
        }
        if (f.status() != null) {
            spec = spec.param("status", f.status().name());
        }
        if (f.areaClass() != null) {
            spec = spec.param("areaClass", f.areaClass().name());
        }
        if (f.bbox() != null) {
            spec = spec.param("west", f.bbox().west()).param("east", f.bbox().east()).param("south", f.bbox().south())
                    .param("north", f.bbox().north());
        }
        return spec.query(HazardAreaRepository::area).list();
    }

    /** The visible OPEN areas with an outline whose box meets {@code box}, other than {@code exceptId}. */
    public List<HazardArea> openOutlinesMeeting(BoundingBox box, Side side, long exceptId) {
        return jdbc.sql(SELECT + " AND status = 'OPEN' AND wkt IS NOT NULL AND id <> :id AND max_lon >= :west"
                        + " AND min_lon <= :east AND max_lat >= :south AND min_lat <= :north ORDER BY id")
                .param("side", side.name()).param("id", exceptId).param("west", box.minLon())
                .param("east", box.maxLon()).param("south", box.minLat()).param("north", box.maxLat())
                .query(HazardAreaRepository::area).list();
    }

    public List<EvidenceKind> evidence(long id) {
        return jdbc.sql("SELECT kind FROM lr_hazard_evidence WHERE hazard_area_id = ? ORDER BY kind").param(id)
                .query((rs, n) -> EvidenceKind.valueOf(rs.getString(1))).list();
    }

    public List<DeviceCategory> devices(long id) {
        return jdbc.sql("SELECT category FROM lr_hazard_device WHERE hazard_area_id = ? ORDER BY category").param(id)
                .query((rs, n) -> DeviceCategory.valueOf(rs.getString(1))).list();
    }

    public List<HazardPoint> points(long id) {
        return jdbc.sql("SELECT * FROM lr_hazard_point WHERE hazard_area_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new HazardPoint(PointType.valueOf(rs.getString("point_type")),
                        PointKind.valueOf(rs.getString("kind")), rs.getDouble("lon"), rs.getDouble("lat"),
                        rs.getString("note")))
                .list();
    }

    /** The status history, oldest first. */
    public List<AreaStatusChange> history(long id) {
        return jdbc.sql("SELECT * FROM lr_hazard_status WHERE hazard_area_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new AreaStatusChange(AreaStatus.valueOf(rs.getString("status")),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("reason"),
                        rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** The overlaps of an area with areas the reader sees, whichever of the pair it is. */
    public List<Overlap> overlaps(long id, Side side) {
        return jdbc.sql("SELECT o.*, a.id AS other, a.ref AS other_ref FROM lr_hazard_overlap o JOIN lr_hazard_area a"
                        + " ON a.id = CASE WHEN o.area_id = :id THEN o.other_id ELSE o.area_id END"
                        + " WHERE (o.area_id = :id OR o.other_id = :id) AND (a.side = :side OR a.shared) ORDER BY a.id")
                .param("id", id).param("side", side.name())
                .query((rs, n) -> new Overlap(rs.getLong("other"), rs.getString("other_ref"), rs.getDouble("overlap_m2"),
                        rs.getObject("flagged_at", OffsetDateTime.class), rs.getString("reviewed_by"),
                        rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("review_note")))
                .list();
    }

    /** Records the overlap of two areas (lower id first) and flags both for review. */
    public void addOverlap(long a, long b, double overlapM2, OffsetDateTime at) {
        jdbc.sql("INSERT INTO lr_hazard_overlap (area_id, other_id, overlap_m2, flagged_at) VALUES (?, ?, ?, ?)")
                .params(Math.min(a, b), Math.max(a, b), overlapM2, at).update();
        jdbc.sql("UPDATE lr_hazard_area SET needs_overlap_review = TRUE, version = version + 1 WHERE id IN (?, ?)")
                .params(a, b).update();
    }

    /**
     * Marks the overlap of two areas reviewed; each area stays flagged while it has another overlap not reviewed.
     * False when there is no such overlap awaiting review.
     */
    public boolean reviewOverlap(long a, long b, String user, OffsetDateTime at, String note) {
        int n = jdbc.sql("UPDATE lr_hazard_overlap SET reviewed_by = ?, reviewed_at = ?, review_note = ?"
                        + " WHERE area_id = ? AND other_id = ? AND reviewed_at IS NULL")
                .params(user, at, note, Math.min(a, b), Math.max(a, b)).update();
        jdbc.sql("UPDATE lr_hazard_area SET needs_overlap_review = EXISTS (SELECT 1 FROM lr_hazard_overlap o"
                        + " WHERE (o.area_id = lr_hazard_area.id OR o.other_id = lr_hazard_area.id)"
                        + " AND o.reviewed_at IS NULL), version = version + 1 WHERE id IN (?, ?)")
                .params(a, b).update();
        return n == 1;
    }

    /** Sets the status and appends it to the history. */
    public void changeStatus(long id, AreaStatus status, LocalDate effectiveOn, String reason, String user,
            OffsetDateTime at) {
        jdbc.sql("UPDATE lr_hazard_area SET status = ?, version = version + 1 WHERE id = ?").params(status.name(), id)
                .update();
        addStatus(id, status, effectiveOn, reason, user, at);
    }

    /** Shares an area of {@code side} with the other side; false when there is none of that side. */
    public boolean share(long id, Side side) {
        return jdbc.sql("UPDATE lr_hazard_area SET shared = TRUE, version = version + 1 WHERE id = ? AND side = ?")
                .params(id, side.name()).update() == 1;
    }

    private void addStatus(long id, AreaStatus status, LocalDate effectiveOn, String reason, String user,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO lr_hazard_status (hazard_area_id, status, effective_on, reason, changed_by, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, status.name(), effectiveOn, reason, user, at).update();
    }

    private static HazardArea area(ResultSet rs, int n) throws SQLException {
        return new HazardArea(rs.getLong("id"), rs.getString("ref"), rs.getString("name"),
                AreaClass.valueOf(rs.getString("area_class")), AreaStatus.valueOf(rs.getString("status")),
                rs.getString("wkt"), new BoundingBox(rs.getDouble("min_lon"), rs.getDouble("min_lat"),
                        rs.getDouble("max_lon"), rs.getDouble("max_lat")),
                rs.getDouble("estimated_area_m2"), rs.getDouble("remaining_area_m2"), rs.getBoolean("outside_country"),
                new Places(rs.getString("province_old"), rs.getString("district_old"), rs.getString("commune_old"),
                        rs.getString("province"), rs.getString("commune")),
                rs.getString("organisation"), new Beneficiaries(rs.getInt("girls"), rs.getInt("boys"),
                        rs.getInt("women"), rs.getInt("men")),
                rs.getBoolean("needs_overlap_review"), Side.valueOf(rs.getString("side")), rs.getBoolean("shared"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
