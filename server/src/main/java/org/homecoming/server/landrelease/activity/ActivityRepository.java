package org.homecoming.server.landrelease.activity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * The SQL of activities and ordnance found ({@code lr_activity}, {@code lr_activity_method},
 * {@code lr_ordnance_find} of V410). Reads take the reader's side and return the other side's rows only when
 * shared.
 *
 * <pre>{@code
 * long id = activities.insert(draft, Side.VN, "field", now);
 * activities.find(id, Side.US); // empty until shared
 * }</pre>
 */
@Repository
public class ActivityRepository {

    private static final String SELECT = "SELECT a.*, h.ref AS hazard_ref FROM lr_activity a"
            + " LEFT JOIN lr_hazard_area h ON h.id = a.hazard_area_id WHERE (a.side = :side OR a.shared)";
    private static final String SELECT_FINDS = "SELECT f.*, a.ref AS activity_ref FROM lr_ordnance_find f"
            + " LEFT JOIN lr_activity a ON a.id = f.activity_id WHERE (f.side = :side OR f.shared)";

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new activity as checked by the service, before its product. */
    public record Draft(Long hazardAreaId, ActivityType type, String organisation, String team, List<Method> methods,
            String detectorType, LocalDate startDate, ActivityStatus status, String wkt, Double workedAreaM2,
            String province) {
    }

    /** Stores an activity; its ref is {@code AC-<year>-<id as 6 digits>}. */
    public long insert(Draft d, Side side, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lr_activity (ref, hazard_area_id, activity_type, organisation, team, detector_type,"
                        + " start_date, status, wkt, worked_area_m2, province, side, shared, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)")
                .params("pending-" + UUID.randomUUID(), d.hazardAreaId(), d.type().name(), d.organisation(), d.team(),
                        d.detectorType(), d.startDate(), d.status().name(), d.wkt(), d.workedAreaM2(), d.province(),
                        side.name(), user, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE lr_activity SET ref = ? WHERE id = ?")
                .params(String.format(Locale.ROOT, "AC-%d-%06d", at.getYear(), id), id).update();
        for (Method m : d.methods()) {
            jdbc.sql("INSERT INTO lr_activity_method (activity_id, method) VALUES (?, ?)").params(id, m.name()).update();
        }
        return id;
    }

    public Optional<Activity> find(long id, Side side) {
        return jdbc.sql(SELECT + " AND a.id = :id").param("side", side.name()).param("id", id)
                .query(this::activity).optional();
    }

    /** The visible activities, newest first; a null filter keeps all. */
    public List<Activity> list(Side side, Long hazardAreaId, ActivityStatus status) {
        return jdbc.sql(SELECT + " AND (CAST(:area AS BIGINT) IS NULL OR a.hazard_area_id = :area)"
                        + " AND (CAST(:status AS VARCHAR(16)) IS NULL OR a.status = :status) ORDER BY a.start_date DESC, a.id DESC")
                .param("side", side.name()).param("area", hazardAreaId).param("status", status == null ? null : status.name())
                .query(this::activity).list();
    }

    /** Records the end and the product of an activity and marks it completed. */
    public void complete(long id, LocalDate endDate, Product p) {
        jdbc.sql("UPDATE lr_activity SET status = 'COMPLETED', end_date = ?, cancelled_m2 = ?, reduced_m2 = ?,"
                        + " cleared_m2 = ?, clearance_depth_cm = ?, version = version + 1 WHERE id = ?")
                .params(endDate, p.cancelledM2(), p.reducedM2(), p.clearedM2(), p.clearanceDepthCm(), id).update();
    }

    /** Shares an activity and the finds it made with the other side. */
    public void share(long id) {
        jdbc.sql("UPDATE lr_activity SET shared = TRUE, version = version + 1 WHERE id = ?").param(id).update();
        jdbc.sql("UPDATE lr_ordnance_find SET shared = TRUE WHERE activity_id = ?").param(id).update();
    }

    public long insertFind(OrdnanceFind f, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lr_ordnance_find (activity_id, hazard_area_id, lat, lon, original_coordinates,"
                        + " original_system, category, model, quantity, item_condition, depth_cm, found_on, disposal,"
                        + " disposed_on, province, side, shared, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(f.activityId(), f.hazardAreaId(), f.lat(), f.lon(), f.originalCoordinates(),
                        f.originalSystem() == null ? null : f.originalSystem().name(), f.category().name(), f.model(),
                        f.quantity(), f.condition().name(), f.depthCm(), f.foundOn(), f.disposal().name(),
                        f.disposedOn(), f.province(), f.side().name(), f.shared(), user, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<OrdnanceFind> findsOf(long activityId, Side side) {
        return jdbc.sql(SELECT_FINDS + " AND f.activity_id = :activity ORDER BY f.found_on, f.id")
                .param("side", side.name()).param("activity", activityId).query(ActivityRepository::find).list();
    }

    /** The visible finds in a box (west, south, east, north). */
    public List<OrdnanceFind> findsIn(Side side, double west, double south, double east, double north) {
        return jdbc.sql(SELECT_FINDS + " AND f.lon BETWEEN :west AND :east AND f.lat BETWEEN :south AND :north"
                        + " ORDER BY f.id")
                .param("side", side.name()).param("west", west).param("east", east).param("south", south)
                .param("north", north).query(ActivityRepository::find).list();
    }

    private Activity activity(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Long area = rs.getObject("hazard_area_id") == null ? null : rs.getLong("hazard_area_id");
        Integer depth = rs.getObject("clearance_depth_cm") == null ? null : rs.getInt("clearance_depth_cm");
        Double worked = rs.getObject("worked_area_m2") == null ? null : rs.getDouble("worked_area_m2");
        return new Activity(id, rs.getString("ref"), area, rs.getString("hazard_ref"),
                ActivityType.valueOf(rs.getString("activity_type")), rs.getString("organisation"), rs.getString("team"),
                methods(id), rs.getString("detector_type"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), ActivityStatus.valueOf(rs.getString("status")),
                rs.getString("wkt"), worked, new Product(rs.getDouble("cancelled_m2"), rs.getDouble("reduced_m2"),
                        rs.getDouble("cleared_m2"), depth),
                rs.getString("province"), Side.valueOf(rs.getString("side")), rs.getBoolean("shared"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    private List<Method> methods(long id) {
        return new ArrayList<>(jdbc.sql("SELECT method FROM lr_activity_method WHERE activity_id = ? ORDER BY method")
                .param(id).query((rs, n) -> Method.valueOf(rs.getString(1))).list());
    }

    private static OrdnanceFind find(ResultSet rs, int n) throws SQLException {
        Long activity = rs.getObject("activity_id") == null ? null : rs.getLong("activity_id");
        Long area = rs.getObject("hazard_area_id") == null ? null : rs.getLong("hazard_area_id");
        Integer depth = rs.getObject("depth_cm") == null ? null : rs.getInt("depth_cm");
        String system = rs.getString("original_system");
        Date disposed = rs.getDate("disposed_on");
        return new OrdnanceFind(rs.getLong("id"), activity, rs.getString("activity_ref"), area, rs.getDouble("lat"),
                rs.getDouble("lon"), rs.getString("original_coordinates"),
                system == null ? null : CoordinateSystem.valueOf(system), DeviceCategory.valueOf(rs.getString("category")),
                rs.getString("model"), rs.getInt("quantity"), ItemCondition.valueOf(rs.getString("item_condition")),
                depth, rs.getObject("found_on", LocalDate.class), Disposal.valueOf(rs.getString("disposal")),
                disposed == null ? null : disposed.toLocalDate(), rs.getString("province"),
                Side.valueOf(rs.getString("side")), rs.getBoolean("shared"));
    }
}
