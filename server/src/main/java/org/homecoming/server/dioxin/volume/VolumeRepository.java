package org.homecoming.server.dioxin.volume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of saved volume estimates ({@code V520__dioxin_volume_estimates.sql}); inputs are stored as JSON.
 *
 * <pre>{@code
 * long id = repository.insert(siteId, volume, Side.VN, "lab", now);
 * }</pre>
 */
@Repository
class VolumeRepository {

    private static final String SELECT = "SELECT e.*, s.code AS site_code FROM dioxin_volume_estimate e"
            + " JOIN dioxin_site s ON s.id = e.site_id";

    private final JdbcClient jdbc;
    // Its own mapper, not the web layer's: the stored JSON must not change when the API's settings do, and the
    // repository slice tests run without the web layer.
    private final ObjectMapper json = new ObjectMapper();

    VolumeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> siteId(String code) {
        return jdbc.sql("SELECT id FROM dioxin_site WHERE code = ?").params(code).query(Long.class).optional();
    }

    long insert(long siteId, SiteVolume v, Side side, String user, OffsetDateTime at) {
        VolumeInputs in = v.inputs();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dioxin_volume_estimate (site_id, threshold_pg_per_g, tef_scheme, nd_bound, cell_size_m,"
                + " volume_m3, low_m3, high_m3, area_m2, samples, inputs, side, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(siteId, in.thresholdPgPerG(), in.tef(), in.bound(), in.cellSizeM(), v.volumeM3(), v.lowM3(),
                        v.highM3(), v.areaM2(), in.samples().size(), write(in), side.name(), user, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SavedEstimate> find(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = ?").params(id).query(this::map).optional();
    }

    List<SavedEstimate> forSite(String code) {
        return jdbc.sql(SELECT + " WHERE s.code = ? ORDER BY e.created_at DESC, e.id DESC").params(code).query(this::map).list();
    }

    private SavedEstimate map(ResultSet rs, int row) throws SQLException {
        try {
            return new SavedEstimate(rs.getLong("id"), rs.getString("site_code"), rs.getDouble("volume_m3"),
                    rs.getDouble("low_m3"), rs.getDouble("high_m3"), rs.getDouble("area_m2"), rs.getInt("samples"),
                    json.readValue(rs.getString("inputs"), VolumeInputs.class), rs.getString("created_by"),
                    rs.getObject("created_at", OffsetDateTime.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved volume estimate " + rs.getLong("id") + " has unreadable inputs", e);
        }
    }

    private String write(VolumeInputs in) {
        try {
            return json.writeValueAsString(in);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("volume inputs could not be written as JSON", e);
        }
    }
}
