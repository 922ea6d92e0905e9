package org.homecoming.server.dioxin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.homecoming.dioxin.Measurement;
import org.homecoming.dioxin.Unit;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of dioxin sites, zones, samples and results ({@code V500__dioxin_samples.sql}). Exposure samples of the
 * other side are never read; which of the rest a reader sees in detail is the service's decision.
 *
 * <pre>{@code
 * XX"BIEN_HOA", "Biên Hòa airbase", Side.VN, "lab", now);
 * }</pre>
 */
@Repository
class DioxinRepository {

    private static final String SAMPLES = "SELECT s.*, t.code AS site_code, z.name AS zone_name, z.land_class"
            + " FROM dioxin_sample s JOIN dioxin_site t ON t.id = s.site_id LEFT JOIN dioxin_zone z ON z.id = s.zone_id"
            + " WHERE t.code = :site AND (CAST(:campaign AS VARCHAR(100)) IS NULL OR s.campaign = :campaign)"
            + " AND (s.matrix NOT IN ('BLOOD', 'BREAST_MILK') OR (:exposure AND s.side = :side)) ORDER BY s.ref";

    private final JdbcClient jdbc;

    DioxinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertSite(String code, String name, String outlineWkt, Side side, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dioxin_site (code, name, outline_wkt, side, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, name, outlineWkt, side.name(), user, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String SITES = "SELECT t.*, (SELECT COUNT(*) FROM dioxin_sample s WHERE s.site_id = t.id"
            + " AND s.matrix NOT IN ('BLOOD', 'BREAST_MILK')) AS samples FROM dioxin_site t";

    List<DioxinSite> sites() {
        return jdbc.sql(SITES + " ORDER BY t.code").query((rs, n) -> site(rs)).list().stream().map(this::complete).toList();
    }

    Optional<DioxinSite> site(String code) {
        return jdbc.sql(SITES + " WHERE t.code = ?").param(code).query((rs, n) -> site(rs)).optional().map(this::complete);
    }

    private static DioxinSite site(ResultSet rs) throws SQLException {
        return new DioxinSite(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("outline_wkt"),
                List.of(), rs.getLong("samples"), List.of());
    }

    private DioxinSite complete(DioxinSite s) {
        return new DioxinSite(s.id(), s.code(), s.name(), s.outlineWkt(), zones(s.id()), s.samples(), campaigns(s.id()));
    }

    List<SiteZone> zones(long siteId) {
        return jdbc.sql("SELECT name, land_class, polygon_wkt FROM dioxin_zone WHERE site_id = ? ORDER BY name")
                .param(siteId).query((rs, n) -> new SiteZone(rs.getString("name"), rs.getString("land_class"),
                        rs.getString("polygon_wkt"))).list();
    }

    private List<String> campaigns(long siteId) {
        return jdbc.sql("SELECT DISTINCT campaign FROM dioxin_sample WHERE site_id = ? AND campaign IS NOT NULL"
                + " ORDER BY campaign").param(siteId).query(String.class).list();
    }

    Optional<Long> siteId(String code) {
        return jdbc.sql("SELECT id FROM dioxin_site WHERE code = ?").param(code).query(Long.class).optional();
    }

    void insertZone(long siteId, String name, String landClass, String polygonWkt) {
        jdbc.sql("INSERT INTO dioxin_zone (site_id, name, land_class, polygon_wkt) VALUES (?, ?, ?, ?)")
                .params(siteId, name, landClass, polygonWkt).update();
    }

    Optional<Long> zoneId(long siteId, String name) {
        return jdbc.sql("SELECT id FROM dioxin_zone WHERE site_id = ? AND name = ?").params(siteId, name)
                .query(Long.class).optional();
    }

    boolean sampleExists(String ref) {
        return jdbc.sql("SELECT COUNT(*) FROM dioxin_sample WHERE ref = ?").param(ref).query(Long.class).single() > 0;
    }

    /** The id of a sample the reader may add results to: one of their side. */
    Optional<Long> ownSampleId(String ref, Side side) {
        return jdbc.sql("SELECT id FROM dioxin_sample WHERE ref = ? AND side = ?").params(ref, side.name())
                .query(Long.class).optional();
    }

    record NewSample(String ref, long siteId, Long zoneId, String campaign, double lat, double lon, Double depthTopM,
            Double depthBottomM, Matrix matrix, LocalDate sampledOn, String laboratory, String method,
            String consentNote, String collector, String chainOfCustody) {
    }

    void insertSample(NewSample s, Side side, String user, OffsetDateTime at) {
        jdbc.sql("INSERT INTO dioxin_sample (ref, site_id, zone_id, campaign, lat, lon, depth_top_m, depth_bottom_m,"
                        + " matrix, sampled_on, laboratory, method, consent_note, collector, chain_of_custody, side, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.ref(), s.siteId(), s.zoneId(), s.campaign(), s.lat(), s.lon(), s.depthTopM(), s.depthBottomM(),
                        s.matrix().name(), s.sampledOn(), s.laboratory(), s.method(), s.consentNote(), s.collector(),
                        s.chainOfCustody(), side.name(), user, at)
                .update();
    }

    boolean hasResult(long sampleId, String congener) {
        return jdbc.sql("SELECT COUNT(*) FROM dioxin_result WHERE sample_id = ? AND congener = ?")
                .params(sampleId, congener).query(Long.class).single() > 0;
    }

    void insertResult(long sampleId, Measurement m) {
        jdbc.sql("INSERT INTO dioxin_result (sample_id, congener, amount, unit, detected, detection_limit,"
                        + " quantification_limit, qualifier) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sampleId, m.congener(), orNull(m.value()), m.unit().name(), m.detected(), orNull(m.limit()),
                        orNull(m.quantificationLimit()), m.qualifier().isEmpty() ? null : m.qualifier())
                .update();
    }

    /** The laboratory's own TEQ of a sample and the scheme it used (either may be absent). */
    void updateLabTeq(long sampleId, Double teq, String tef) {
        jdbc.sql("UPDATE dioxin_sample SET lab_teq = ?, lab_tef = ? WHERE id = ?").params(teq, tef, sampleId).update();
    }

    private static Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    /** One sample by its reference with its results; an exposure sample only when {@code exposure} and of {@code side}. */
    Optional<DioxinSample> sample(String ref, Side side, boolean exposure) {
        Optional<DioxinSample> found = jdbc.sql("SELECT s.*, t.code AS site_code, z.name AS zone_name, z.land_class"
                        + " FROM dioxin_sample s JOIN dioxin_site t ON t.id = s.site_id LEFT JOIN dioxin_zone z ON z.id = s.zone_id"
                        + " WHERE s.ref = :ref AND (s.matrix NOT IN ('BLOOD', 'BREAST_MILK') OR (:exposure AND s.side = :side))")
                .param("ref", ref).param("exposure", exposure).param("side", side.name())
                .query((rs, n) -> sample(rs)).optional();
        return found.map(s -> {
            List<Measurement> results = new ArrayList<>();
            jdbc.sql("SELECT * FROM dioxin_result WHERE sample_id = ? ORDER BY congener").param(s.id())
                    .query(rs -> {
                        results.add(measurement(rs));
                    });
            return new DioxinSample(s.id(), s.ref(), s.site(), s.campaign(), s.zone(), s.landClass(), s.lat(), s.lon(),
                    s.depthTopM(), s.depthBottomM(), s.matrix(), s.sampledOn(), s.laboratory(), s.method(), s.collector(),
                    s.chainOfCustody(), s.side(), s.labTeq(), s.labTef(), List.copyOf(results));
        });
    }

    /** The samples of a site (and campaign) with their results; exposure samples only when {@code exposure}. */
    List<DioxinSample> samples(String site, String campaign, Side side, boolean exposure) {
        List<DioxinSample> samples = jdbc.sql(SAMPLES).param("site", site).param("campaign", campaign)
                .param("exposure", exposure).param("side", side.name()).query((rs, n) -> sample(rs)).list();
        Map<Long, List<Measurement>> results = new HashMap<>();
        for (DioxinSample s : samples) {
            results.put(s.id(), new ArrayList<>());
        }
        if (!samples.isEmpty()) {
            jdbc.sql("SELECT r.* FROM dioxin_result r JOIN dioxin_sample s ON s.id = r.sample_id JOIN dioxin_site t"
                            + " ON t.id = s.site_id WHERE t.code = ? ORDER BY r.sample_id, r.congener").param(site)
                    .query(rs -> {
                        List<Measurement> list = results.get(rs.getLong("sample_id"));
                        if (list != null) {
                            list.add(measurement(rs));
                        }
                    });
        }
        return samples.stream().map(s -> new DioxinSample(s.id(), s.ref(), s.site(), s.campaign(), s.zone(),
                s.landClass(), s.lat(), s.lon(), s.depthTopM(), s.depthBottomM(), s.matrix(), s.sampledOn(),
                s.laboratory(), s.method(), s.collector(), s.chainOfCustody(), s.side(), s.labTeq(), s.labTef(),
                List.copyOf(results.get(s.id())))).toList();
    }

    private static Measurement measurement(ResultSet rs) throws SQLException {
        double value = rs.getDouble("amount");
        OptionalDouble v = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
        double limit = rs.getDouble("detection_limit");
        OptionalDouble l = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(limit);
        double quantification = rs.getDouble("quantification_limit");
        OptionalDouble q = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(quantification);
        return new Measurement(rs.getString("congener"), v, Unit.valueOf(rs.getString("unit")), rs.getBoolean("detected"), l,
                q, rs.getString("qualifier"));
    }

    private static DioxinSample sample(ResultSet rs) throws SQLException {
        return new DioxinSample(rs.getLong("id"), rs.getString("ref"), rs.getString("site_code"), rs.getString("campaign"),
                rs.getString("zone_name"), rs.getString("land_class"), rs.getDouble("lat"), rs.getDouble("lon"),
                rs.getObject("depth_top_m") == null ? null : rs.getDouble("depth_top_m"),
                rs.getObject("depth_bottom_m") == null ? null : rs.getDouble("depth_bottom_m"),
                Matrix.valueOf(rs.getString("matrix")), rs.getObject("sampled_on", LocalDate.class),
                rs.getString("laboratory"), rs.getString("method"), rs.getString("collector"), rs.getString("chain_of_custody"),
                Side.valueOf(rs.getString("side")),
                rs.getObject("lab_teq") == null ? null : rs.getDouble("lab_teq"), rs.getString("lab_tef"), List.of());
    }
}
