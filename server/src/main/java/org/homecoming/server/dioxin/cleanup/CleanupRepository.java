package org.homecoming.server.dioxin.cleanup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of cleanup progress ({@code V530__dioxin_cleanup.sql}): inserts, the lists the page shows, and lookups
 * by reference within a site.
 *
 * <pre>{@code
 * repository.insertPhase(siteId, phase, Side.VN, "remediation", now);
 * }</pre>
 */
@Repository
class CleanupRepository {

    /** Who recorded a row and when. */
    record By(Side side, String user, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    CleanupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> siteId(String code) {
        return jdbc.sql("SELECT id FROM dioxin_site WHERE code = ?").param(code).query(Long.class).optional();
    }

    Optional<Long> phaseId(long siteId, String name) {
        return jdbc.sql("SELECT id FROM dioxin_cleanup_phase WHERE site_id = ? AND name = ?").params(siteId, name)
                .query(Long.class).optional();
    }

    Optional<Long> zoneId(long siteId, String name) {
        return jdbc.sql("SELECT id FROM dioxin_zone WHERE site_id = ? AND name = ?").params(siteId, name)
                .query(Long.class).optional();
    }

    Optional<Long> stockpileId(long siteId, String ref) {
        return jdbc.sql("SELECT id FROM dioxin_stockpile WHERE site_id = ? AND ref = ?").params(siteId, ref)
                .query(Long.class).optional();
    }

    Optional<Long> treatmentId(long siteId, String ref) {
        return jdbc.sql("SELECT id FROM dioxin_treatment WHERE site_id = ? AND ref = ?").params(siteId, ref)
                .query(Long.class).optional();
    }

    boolean refTaken(String table, String ref) {
        String sql = switch (table) {
            case "stockpile" -> "SELECT COUNT(*) FROM dioxin_stockpile WHERE ref = ?";
            case "excavation" -> "SELECT COUNT(*) FROM dioxin_excavation WHERE ref = ?";
            case "treatment" -> "SELECT COUNT(*) FROM dioxin_treatment WHERE ref = ?";
            case "verification" -> "SELECT COUNT(*) FROM dioxin_verification WHERE sample_ref = ?";
            default -> throw new IllegalArgumentException("no such cleanup table: " + table);
        };
        return jdbc.sql(sql).param(ref).query(Long.class).single() > 0;
    }

    void insertPhase(long siteId, CleanupRecords.Phase p, By by) {
        jdbc.sql("INSERT INTO dioxin_cleanup_phase (site_id, name, starts_on, ends_on, planned_excavate_m3, planned_treat_m3,"
                + " planned_contain_m3, planned_return_ha, side, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(siteId, p.name(), p.startsOn(), p.endsOn(), p.excavateM3(), p.treatM3(), p.containM3(),
                        p.returnHa(), by.side().name(), by.user(), by.at()).update();
    }

    void insertStockpile(long siteId, CleanupRecords.Stockpile s, By by) {
        jdbc.sql("INSERT INTO dioxin_stockpile (site_id, ref, containment, capacity_m3, side, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(siteId, s.ref(), s.containment().name(), s.capacityM3(), by.side().name(), by.user(), by.at()).update();
    }

    void insertExcavation(long siteId, long phaseId, Long zoneId, Long stockpileId, CleanupRecords.Excavation e, By by) {
        jdbc.sql("INSERT INTO dioxin_excavation (site_id, phase_id, ref, zone_id, volume_m3, excavated_on, teq_pg_per_g,"
                + " stockpile_id, side, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(siteId, phaseId, e.ref(), zoneId, e.volumeM3(), e.excavatedOn(), e.teq(), stockpileId,
                        by.side().name(), by.user(), by.at()).update();
    }

    void insertTreatment(long siteId, long phaseId, Long stockpileId, CleanupRecords.Treatment t, By by) {
        jdbc.sql("INSERT INTO dioxin_treatment (site_id, phase_id, ref, technology, volume_m3, started_on, ended_on,"
                + " max_temperature_c, heating_days, stockpile_id, side, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(siteId, phaseId, t.ref(), t.technology().name(), t.volumeM3(), t.startedOn(), t.endedOn(),
                        t.maxTemperatureC(), t.heatingDays(), stockpileId, by.side().name(), by.user(), by.at()).update();
    }

    void insertVerification(long treatmentId, String sample, double teq, String tef, LocalDate on, By by) {
        jdbc.sql("INSERT INTO dioxin_verification (treatment_id, sample_ref, teq_pg_per_g, tef_scheme, sampled_on, side,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(treatmentId, sample, teq, tef, on, by.side().name(), by.user(), by.at()).update();
    }

    void insertRelease(long treatmentId, CleanupRecords.Release r, By by) {
        jdbc.sql("INSERT INTO dioxin_release (treatment_id, volume_m3, released_on, area_ha, side, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(treatmentId, r.volumeM3(), r.releasedOn(), r.areaHa(), by.side().name(), by.user(), by.at()).update();
    }

    /** The treatment's technology, volume and end date, for the release rules. */
    record TreatmentState(Technology technology, double volumeM3, LocalDate endedOn, double releasedM3) {
    }

    TreatmentState treatment(long id) {
        return jdbc.sql("SELECT t.technology, t.volume_m3, t.ended_on, (SELECT COALESCE(SUM(r.volume_m3), 0)"
                        + " FROM dioxin_release r WHERE r.treatment_id = t.id) AS released FROM dioxin_treatment t WHERE t.id = ?")
                .param(id).query((rs, n) -> new TreatmentState(Technology.valueOf(rs.getString("technology")),
                        rs.getDouble("volume_m3"), rs.getObject("ended_on", LocalDate.class), rs.getDouble("released")))
                .single();
    }

    List<CleanupRecords.Phase> phases(long siteId) {
        return jdbc.sql("SELECT * FROM dioxin_cleanup_phase WHERE site_id = ? ORDER BY starts_on, name").param(siteId)
                .query((rs, n) -> new CleanupRecords.Phase(rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getDouble("planned_excavate_m3"),
                        rs.getDouble("planned_treat_m3"), rs.getDouble("planned_contain_m3"), rs.getDouble("planned_return_ha")))
                .list();
    }

    List<CleanupRecords.Stockpile> stockpiles(long siteId) {
        return jdbc.sql("SELECT * FROM dioxin_stockpile WHERE site_id = ? ORDER BY ref").param(siteId)
                .query((rs, n) -> new CleanupRecords.Stockpile(rs.getString("ref"),
                        Containment.valueOf(rs.getString("containment")), rs.getDouble("capacity_m3"))).list();
    }

    List<CleanupRecords.Excavation> excavations(long siteId) {
        return jdbc.sql("SELECT e.*, p.name AS phase, z.name AS zone, s.ref AS stockpile FROM dioxin_excavation e"
                        + " JOIN dioxin_cleanup_phase p ON p.id = e.phase_id LEFT JOIN dioxin_zone z ON z.id = e.zone_id"
                        + " LEFT JOIN dioxin_stockpile s ON s.id = e.stockpile_id WHERE e.site_id = ? ORDER BY e.excavated_on, e.ref")
                .param(siteId).query((rs, n) -> new CleanupRecords.Excavation(rs.getString("ref"), rs.getString("phase"),
                        rs.getString("zone"), rs.getDouble("volume_m3"), rs.getObject("excavated_on", LocalDate.class),
                        rs.getObject("teq_pg_per_g") == null ? null : rs.getDouble("teq_pg_per_g"), rs.getString("stockpile")))
                .list();
    }

    List<CleanupRecords.Treatment> treatments(long siteId) {
        return jdbc.sql("SELECT t.*, p.name AS phase, s.ref AS stockpile FROM dioxin_treatment t"
                        + " JOIN dioxin_cleanup_phase p ON p.id = t.phase_id LEFT JOIN dioxin_stockpile s ON s.id = t.stockpile_id"
                        + " WHERE t.site_id = ? ORDER BY t.started_on, t.ref")
                .param(siteId).query((rs, n) -> new CleanupRecords.Treatment(rs.getString("ref"), rs.getString("phase"),
                        Technology.valueOf(rs.getString("technology")), rs.getDouble("volume_m3"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getObject("max_temperature_c") == null ? null : rs.getDouble("max_temperature_c"),
                        rs.getObject("heating_days") == null ? null : rs.getDouble("heating_days"), rs.getString("stockpile")))
                .list();
    }

    /** Verification rows as stored: treatment ref, sample, TEQ, scheme, date (pass/fail is the service's reading). */
    record StoredVerification(String treatment, String sample, double teq, String tef, LocalDate sampledOn) {
    }

    List<StoredVerification> verifications(long siteId) {
        return jdbc.sql("SELECT v.*, t.ref AS treatment FROM dioxin_verification v JOIN dioxin_treatment t"
                        + " ON t.id = v.treatment_id WHERE t.site_id = ? ORDER BY v.sampled_on, v.sample_ref")
                .param(siteId).query((rs, n) -> new StoredVerification(rs.getString("treatment"), rs.getString("sample_ref"),
                        rs.getDouble("teq_pg_per_g"), rs.getString("tef_scheme"), rs.getObject("sampled_on", LocalDate.class)))
                .list();
    }

    List<StoredVerification> verificationsOf(long treatmentId) {
        return jdbc.sql("SELECT v.*, t.ref AS treatment FROM dioxin_verification v JOIN dioxin_treatment t"
                        + " ON t.id = v.treatment_id WHERE t.id = ?")
                .param(treatmentId).query((rs, n) -> new StoredVerification(rs.getString("treatment"), rs.getString("sample_ref"),
                        rs.getDouble("teq_pg_per_g"), rs.getString("tef_scheme"), rs.getObject("sampled_on", LocalDate.class)))
                .list();
    }

    List<CleanupRecords.Release> releases(long siteId) {
        return jdbc.sql("SELECT r.*, t.ref AS treatment FROM dioxin_release r JOIN dioxin_treatment t ON t.id = r.treatment_id"
                        + " WHERE t.site_id = ? ORDER BY r.released_on, t.ref")
                .param(siteId).query((rs, n) -> new CleanupRecords.Release(rs.getString("treatment"), rs.getDouble("volume_m3"),
                        rs.getObject("released_on", LocalDate.class), rs.getDouble("area_ha"))).list();
    }

}
