package org.homecoming.server.landrelease.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the mine-action map's layers: one fixed statement per layer, every filter a bound parameter that may be
 * null (any). Land-release rows are the reader's side's or shared; recovery sites are the registry's and shown to
 * every signed-in user, as on the sites map. A former province (one of the 63) is matched through the hazardous
 * area a record belongs to.
 *
 * <pre>{@code
 * layers.features(Layer.ACCIDENTS, new MapFilter("Quảng Trị", false, null, null, 2025), Side.VN);
 * }</pre>
 */
@Repository
class MapLayerRepository {

    private static final String AREA_FILTER = " AND (CAST(:province AS VARCHAR(200)) IS NULL OR h.province = :province)"
            + " AND (CAST(:former AS VARCHAR(200)) IS NULL OR h.province_old = :former)"
            + " AND (CAST(:status AS VARCHAR(16)) IS NULL OR h.status = :status)"
            + " AND (CAST(:organisation AS VARCHAR(200)) IS NULL OR h.organisation = :organisation)";

    private static final Map<Layer, String> SQL = Map.of(
            Layer.HAZARD_AREAS, "SELECT h.* FROM lr_hazard_area h WHERE (h.side = :side OR h.shared)" + AREA_FILTER + " ORDER BY h.id",
            Layer.EVIDENCE_POINTS, "SELECT p.*, h.ref AS area_ref FROM lr_hazard_point p JOIN lr_hazard_area h"
                    + " ON h.id = p.hazard_area_id WHERE (h.side = :side OR h.shared)" + AREA_FILTER + " ORDER BY p.id",
            Layer.ACTIVITIES, "SELECT a.*, h.province_old FROM lr_activity a LEFT JOIN lr_hazard_area h"
                    + " ON h.id = a.hazard_area_id WHERE a.wkt IS NOT NULL AND (a.side = :side OR a.shared)"
                    + " AND (CAST(:province AS VARCHAR(200)) IS NULL OR a.province = :province)"
                    + " AND (CAST(:former AS VARCHAR(200)) IS NULL OR h.province_old = :former)"
                    + " AND (CAST(:status AS VARCHAR(16)) IS NULL OR a.status = :status)"
                    + " AND (CAST(:organisation AS VARCHAR(200)) IS NULL OR a.organisation = :organisation)"
                    + " AND (CAST(:from AS DATE) IS NULL OR (a.start_date <= :to AND (a.end_date IS NULL OR a.end_date >= :from)))"
                    + " ORDER BY a.id",
            Layer.ORDNANCE, "SELECT f.*, a.ref AS activity_ref, a.organisation FROM lr_ordnance_find f"
                    + " LEFT JOIN lr_activity a ON a.id = f.activity_id LEFT JOIN lr_hazard_area h ON h.id = f.hazard_area_id"
                    + " WHERE (f.side = :side OR f.shared)"
                    + " AND (CAST(:province AS VARCHAR(200)) IS NULL OR f.province = :province)"
                    + " AND (CAST(:former AS VARCHAR(200)) IS NULL OR h.province_old = :former)"
                    + " AND (CAST(:status AS VARCHAR(16)) IS NULL OR f.disposal = :status)"
                    + " AND (CAST(:organisation AS VARCHAR(200)) IS NULL OR a.organisation = :organisation)"
                    + " AND (CAST(:from AS DATE) IS NULL OR f.found_on BETWEEN :from AND :to) ORDER BY f.id",
            Layer.ACCIDENTS, "SELECT c.*, (SELECT COUNT(*) FROM lr_victim v WHERE v.accident_id = c.id"
                    + " AND v.outcome = 'KILLED') AS killed, (SELECT COUNT(*) FROM lr_victim v WHERE v.accident_id = c.id"
                    + " AND v.outcome = 'INJURED') AS injured FROM lr_accident c LEFT JOIN lr_hazard_area h"
                    + " ON h.id = c.hazard_area_id WHERE (c.side = :side OR c.shared)"
                    + " AND (CAST(:province AS VARCHAR(200)) IS NULL OR c.province = :province)"
                    + " AND (CAST(:former AS VARCHAR(200)) IS NULL OR h.province_old = :former)"
                    + " AND (CAST(:from AS DATE) IS NULL OR c.occurred_on BETWEEN :from AND :to) ORDER BY c.id",
            Layer.RECOVERY_SITES, "SELECT s.id, s.ref, s.kind, s.name, s.province, s.lat, s.lon FROM site s"
                    + " WHERE (CAST(:anyProvince AS VARCHAR(200)) IS NULL OR s.province = :anyProvince) ORDER BY s.id");

    private final JdbcClient jdbc;

    MapLayerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MapFeature> features(Layer layer, MapFilter f, Side side) {
        return jdbc.sql(SQL.get(layer)).param("side", side.name()).param("province", f.today())
                .param("former", f.former()).param("anyProvince", f.province()).param("status", f.status()).param("organisation", f.organisation())
                .param("from", f.from()).param("to", f.to())
                .query((rs, n) -> feature(layer, rs)).list();
    }

    private static MapFeature feature(Layer layer, ResultSet rs) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", rs.getLong("id"));
        return switch (layer) {
            case HAZARD_AREAS -> {
                put(p, rs, "ref", "name");
                p.put("class", rs.getString("area_class"));
                put(p, rs, "status", "province", "organisation");
                p.put("provinceOld", rs.getString("province_old"));
                p.put("areaM2", rs.getDouble("estimated_area_m2"));
                p.put("remainingAreaM2", rs.getDouble("remaining_area_m2"));
                String wkt = rs.getString("wkt");
                // An area known only by its points is drawn at the middle of their box.
                yield new MapFeature(wkt, (rs.getDouble("min_lon") + rs.getDouble("max_lon")) / 2,
                        (rs.getDouble("min_lat") + rs.getDouble("max_lat")) / 2, p);
            }
            case EVIDENCE_POINTS -> {
                p.put("ref", rs.getString("area_ref"));
                p.put("type", rs.getString("point_type"));
                p.put("kind", rs.getString("kind"));
                p.put("note", rs.getString("note"));
                yield new MapFeature(null, rs.getDouble("lon"), rs.getDouble("lat"), p);
            }
            case ACTIVITIES -> {
                put(p, rs, "ref");
                p.put("type", rs.getString("activity_type"));
                put(p, rs, "status", "organisation", "province");
                p.put("startDate", String.valueOf(rs.getObject("start_date", java.time.LocalDate.class)));
                p.put("clearedM2", rs.getDouble("cleared_m2"));
                yield new MapFeature(rs.getString("wkt"), 0, 0, p);
            }
            case ORDNANCE -> {
                p.put("ref", rs.getString("activity_ref"));
                put(p, rs, "category", "model", "quantity");
                p.put("condition", rs.getString("item_condition"));
                put(p, rs, "disposal", "province");
                p.put("foundOn", String.valueOf(rs.getObject("found_on", java.time.LocalDate.class)));
                yield new MapFeature(null, rs.getDouble("lon"), rs.getDouble("lat"), p);
            }
            case ACCIDENTS -> {
                put(p, rs, "ref");
                p.put("occurredOn", String.valueOf(rs.getObject("occurred_on", java.time.LocalDate.class)));
                p.put("category", rs.getString("device_category"));
                put(p, rs, "province");
                p.put("killed", rs.getInt("killed"));
                p.put("injured", rs.getInt("injured"));
                yield new MapFeature(null, rs.getDouble("lon"), rs.getDouble("lat"), p);
            }
            case RECOVERY_SITES -> {
                put(p, rs, "ref", "name", "kind", "province");
                yield new MapFeature(null, rs.getDouble("lon"), rs.getDouble("lat"), p);
            }
        };
    }

    private static void put(Map<String, Object> p, ResultSet rs, String... columns) throws SQLException {
        for (String c : columns) {
            p.put(c, rs.getObject(c));
        }
    }
}
