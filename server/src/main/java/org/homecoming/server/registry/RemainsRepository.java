package org.homecoming.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores recovered remains. */
@Repository
public class RemainsRepository {

    private final JdbcClient jdbc;

    RemainsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Remains r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO remains (ref, site_id, recovery_date, recovery_year, recovery_lat, recovery_lon,"
                        + " precision_m, team, sex_estimate, age_min, age_max, stature_cm, condition, artifacts, status,"
                        + " identified_person_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(r.ref(), r.siteId(), r.recoveryDate(), r.recoveryYear(), r.recoveryLat(), r.recoveryLon(),
                        r.precisionM(), r.team(), r.sexEstimate(), r.ageMin(), r.ageMax(), r.statureCm(),
                        r.condition(), r.artifacts(), r.status(), r.identifiedPersonId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes status and identification if the stored version is {@code seen}; false otherwise. */
    public boolean updateStatus(long id, String status, Long identifiedPersonId, int seen) {
        return jdbc.sql("UPDATE remains SET status = ?, identified_person_id = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(status, identifiedPersonId, id, seen).update() == 1;
    }

    public Optional<Remains> find(long id) {
        return jdbc.sql("SELECT * FROM remains WHERE id = ?").param(id).query(RemainsRepository::map).optional();
    }

    public List<Remains> page(int offset, int limit) {
        return jdbc.sql("SELECT * FROM remains ORDER BY id LIMIT ? OFFSET ?").params(limit, offset)
                .query(RemainsRepository::map).list();
    }

    public List<Remains> atSite(long siteId) {
        return jdbc.sql("SELECT * FROM remains WHERE site_id = ? ORDER BY id").param(siteId)
                .query(RemainsRepository::map).list();
    }

    public List<Remains> identifiedAs(long personId) {
        return jdbc.sql("SELECT * FROM remains WHERE identified_person_id = ? ORDER BY id").param(personId)
                .query(RemainsRepository::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM remains").query(Long.class).single();
    }

    static Remains map(ResultSet rs, int n) throws SQLException {
        return new Remains(rs.getLong("id"), rs.getString("ref"), rs.getLong("site_id"), rs.getString("recovery_date"),
                rs.getObject("recovery_year", Integer.class), rs.getObject("recovery_lat", Double.class),
                rs.getObject("recovery_lon", Double.class), rs.getObject("precision_m", Integer.class),
                rs.getString("team"), rs.getString("sex_estimate"), rs.getObject("age_min", Integer.class),
                rs.getObject("age_max", Integer.class), rs.getObject("stature_cm", Integer.class),
                rs.getString("condition"), rs.getString("artifacts"), rs.getString("status"),
                rs.getObject("identified_person_id", Long.class), rs.getInt("version"));
    }
}
