package org.homecoming.server.landrelease.mission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of recovery missions ({@code recovery_mission}, {@code recovery_excavation_unit},
 * {@code recovery_mission_find} of V460). A mission is read by the side that recorded it, by the other side when
 * shared, and by both when the team was joint. Finds are checked against the records that hold them (remains,
 * archive artifacts, ordnance found) by reference.
 *
 * <pre>{@code
 * long id = missions.insert(siteId, MissionType.EXCAVATION, "JFA 2026-3", true, start, areaId, Side.VN, "field", now);
 * }</pre>
 */
@Repository
public class MissionRepository {

    private static final String SELECT = "SELECT m.*, s.ref AS site_ref, s.name AS site_name, s.lat AS site_lat,"
            + " s.lon AS site_lon, h.ref AS area_ref, h.status AS area_status FROM recovery_mission m"
            + " JOIN site s ON s.id = m.site_id LEFT JOIN lr_hazard_area h ON h.id = m.hazard_area_id"
            + " WHERE (m.side = :side OR m.shared OR m.joint)";

    private final JdbcClient jdbc;

    MissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site with this reference: its id, or empty. */
    public Optional<Long> siteId(String ref) {
        return jdbc.sql("SELECT id FROM site WHERE ref = ?").param(ref).query(Long.class).optional();
    }

    public long insert(long siteId, MissionType type, String team, boolean joint, LocalDate start, Long hazardAreaId,
            Side side, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO recovery_mission (ref, site_id, mission_type, team, joint, start_date, status,"
                        + " hazard_area_id, side, shared, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'ONGOING', ?, ?,"
                        + " FALSE, ?, ?)")
                .params("pending-" + UUID.randomUUID(), siteId, type.name(), team, joint, start, hazardAreaId,
                        side.name(), user, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE recovery_mission SET ref = ? WHERE id = ?")
                .params(String.format(Locale.ROOT, "RM-%d-%06d", at.getYear(), id), id).update();
        return id;
    }

    public Optional<RecoveryMission> find(long id, Side side) {
        return jdbc.sql(SELECT + " AND m.id = :id").param("side", side.name()).param("id", id)
                .query((rs, n) -> mission(rs)).optional();
    }

    public List<RecoveryMission> list(Side side, Long siteId) {
        return jdbc.sql(SELECT + " AND (CAST(:site AS BIGINT) IS NULL OR m.site_id = :site)"
                        + " ORDER BY m.start_date DESC, m.id DESC")
                .param("side", side.name()).param("site", siteId).query((rs, n) -> mission(rs)).list();
    }

    public void addUnit(long missionId, String label, double sizeM, int depthCm, boolean finished) {
        jdbc.sql("INSERT INTO recovery_excavation_unit (mission_id, label, size_m, depth_reached_cm, finished)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(missionId, label, sizeM, depthCm, finished).update();
    }

    public boolean hasUnit(long missionId, String label) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_excavation_unit WHERE mission_id = ? AND label = ?")
                .params(missionId, label).query(Long.class).single() > 0;
    }

    /** The id of the record of {@code kind} with this reference (remains, artifact) or id (ordnance found). */
    public Optional<Long> record(FindKind kind, String ref, Side side) {
        return switch (kind) {
            case REMAINS -> jdbc.sql("SELECT id FROM remains WHERE ref = ?").param(ref).query(Long.class).optional();
            case ARTIFACT -> jdbc.sql("SELECT id FROM archive_artifact WHERE ref = ?").param(ref).query(Long.class)
                    .optional();
            case ORDNANCE -> jdbc.sql("SELECT f.id FROM lr_ordnance_find f WHERE CAST(f.id AS VARCHAR(20)) = ?"
                            + " AND (f.side = ? OR f.shared)")
                    .params(ref, side.name()).query(Long.class).optional();
        };
    }

    public void addFind(long missionId, String unit, FindKind kind, long recordId, String note) {
        jdbc.sql("INSERT INTO recovery_mission_find (mission_id, unit_label, kind, remains_id, artifact_id,"
                        + " ordnance_find_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(missionId, unit, kind.name(), kind == FindKind.REMAINS ? recordId : null,
                        kind == FindKind.ARTIFACT ? recordId : null, kind == FindKind.ORDNANCE ? recordId : null, note)
                .update();
    }

    public void markExcavated(long id, LocalDate on) {
        jdbc.sql("UPDATE recovery_mission SET excavated_on = ?, status = 'COMPLETED', end_date = ?, version = version + 1"
                        + " WHERE id = ?")
                .params(on, on, id).update();
    }

    public void share(long id) {
        jdbc.sql("UPDATE recovery_mission SET shared = TRUE, version = version + 1 WHERE id = ?").param(id).update();
    }

    /** The open hazardous areas visible to {@code side} whose box lies within {@code degrees} of the point. */
    public List<String> openAreasNear(double lat, double lon, double degrees, Side side) {
        return jdbc.sql("SELECT ref FROM lr_hazard_area WHERE status = 'OPEN' AND (side = ? OR shared)"
                        + " AND max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ? ORDER BY ref")
                .params(side.name(), lon - degrees, lon + degrees, lat - degrees, lat + degrees)
                .query(String.class).list();
    }

    private RecoveryMission mission(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<RecoveryMission.Unit> units = jdbc.sql("SELECT * FROM recovery_excavation_unit WHERE mission_id = ?"
                        + " ORDER BY label").param(id)
                .query((u, n) -> new RecoveryMission.Unit(u.getString("label"), u.getDouble("size_m"),
                        u.getInt("depth_reached_cm"), u.getBoolean("finished"))).list();
        List<RecoveryMission.Find> finds = jdbc.sql("SELECT f.*, r.ref AS remains_ref, a.ref AS artifact_ref"
                        + " FROM recovery_mission_find f LEFT JOIN remains r ON r.id = f.remains_id"
                        + " LEFT JOIN archive_artifact a ON a.id = f.artifact_id WHERE f.mission_id = ? ORDER BY f.id")
                .param(id).query((f, n) -> {
                    FindKind kind = FindKind.valueOf(f.getString("kind"));
                    Long record = switch (kind) {
                        case REMAINS -> f.getLong("remains_id");
                        case ARTIFACT -> f.getLong("artifact_id");
                        case ORDNANCE -> f.getLong("ordnance_find_id");
                    };
                    String ref = switch (kind) {
                        case REMAINS -> f.getString("remains_ref");
                        case ARTIFACT -> f.getString("artifact_ref");
                        case ORDNANCE -> String.valueOf(record);
                    };
                    return new RecoveryMission.Find(f.getLong("id"), f.getString("unit_label"), kind, record, ref,
                            f.getString("note"));
                }).list();
        Long area = rs.getObject("hazard_area_id") == null ? null : rs.getLong("hazard_area_id");
        return new RecoveryMission(id, rs.getString("ref"), rs.getLong("site_id"), rs.getString("site_ref"),
                rs.getString("site_name"), rs.getDouble("site_lat"), rs.getDouble("site_lon"),
                MissionType.valueOf(rs.getString("mission_type")), rs.getString("team"), rs.getBoolean("joint"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("status"), area, rs.getString("area_ref"), rs.getString("area_status"),
                rs.getObject("excavated_on", LocalDate.class), Side.valueOf(rs.getString("side")),
                rs.getBoolean("shared"), units, finds);
    }
}
