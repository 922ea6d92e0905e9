package org.homecoming.server.landrelease.safety;

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
 * The SQL of accidents and victims ({@code lr_accident}, {@code lr_victim}). Accidents are read with the reader's
 * side (the other side's only when shared); victims are read by the service, which decides whose details show.
 *
 * <pre>{@code
 * long id = accidents.insert(draft, Side.VN, "field", now);
 * }</pre>
 */
@Repository
public class AccidentRepository {

    private static final String SELECT = "SELECT a.*, (SELECT COUNT(*) FROM lr_victim v WHERE v.accident_id = a.id"
            + " AND v.outcome = 'KILLED') AS killed, (SELECT COUNT(*) FROM lr_victim v WHERE v.accident_id = a.id"
            + " AND v.outcome = 'INJURED') AS injured FROM lr_accident a WHERE (a.side = :side OR a.shared)";

    private final JdbcClient jdbc;

    AccidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An accident as checked by the service. */
    public record Draft(double lat, double lon, LocalDate occurredOn, DeviceCategory device, ActivityAtTime activity,
            boolean demining, Long hazardAreaId, String province, String description) {
    }

    /** A victim as stored, with what only the service may pass on. */
    public record StoredVictim(long id, String personRef, String sex, Integer age, Outcome outcome, String injury,
            boolean consentToShare) {
    }

    public long insert(Draft d, List<AccidentRequest.VictimRequest> victims, Side side, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lr_accident (ref, lat, lon, occurred_on, device_category, activity_at_time,"
                        + " demining_accident, hazard_area_id, province, description, side, shared, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)")
                .params("pending-" + UUID.randomUUID(), d.lat(), d.lon(), d.occurredOn(), d.device().name(),
                        d.activity().name(), d.demining(), d.hazardAreaId(), d.province(), d.description(), side.name(),
                        user, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE lr_accident SET ref = ? WHERE id = ?")
                .params(String.format(Locale.ROOT, "ACC-%d-%06d", at.getYear(), id), id).update();
        for (AccidentRequest.VictimRequest v : victims) {
            KeyHolder vk = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO lr_victim (person_ref, accident_id, sex, age, outcome, injury) VALUES (?, ?, ?, ?, ?, ?)")
                    .params("pending-" + UUID.randomUUID(), id, v.sex(), v.age(), v.outcome(), v.injury())
                    .update(vk, "id");
            long victim = vk.getKey().longValue();
            jdbc.sql("UPDATE lr_victim SET person_ref = ? WHERE id = ?")
                    .params(String.format(Locale.ROOT, "VIC-%d-%06d", at.getYear(), victim), victim).update();
        }
        return id;
    }

    public Optional<Accident> find(long id, Side side) {
        return jdbc.sql(SELECT + " AND a.id = :id").param("side", side.name()).param("id", id)
                .query(AccidentRepository::accident).optional();
    }

    /** The visible accidents, newest first; a null year keeps all. */
    public List<Accident> list(Side side, Integer year) {
        return jdbc.sql(SELECT + " AND (CAST(:from AS DATE) IS NULL OR a.occurred_on BETWEEN :from AND :to)"
                        + " ORDER BY a.occurred_on DESC, a.id DESC")
                .param("side", side.name()).param("from", year == null ? null : LocalDate.of(year, 1, 1))
                .param("to", year == null ? null : LocalDate.of(year, 12, 31))
                .query(AccidentRepository::accident).list();
    }

    /** The accident of the victim with this stable reference, when one is stored. */
    public Optional<Long> accidentOfVictim(String personRef) {
        return jdbc.sql("SELECT accident_id FROM lr_victim WHERE person_ref = ?").param(personRef).query(Long.class)
                .optional();
    }

    public List<StoredVictim> victims(long accidentId) {
        return jdbc.sql("SELECT * FROM lr_victim WHERE accident_id = ? ORDER BY id").param(accidentId)
                .query((rs, n) -> new StoredVictim(rs.getLong("id"), rs.getString("person_ref"), rs.getString("sex"),
                        rs.getObject("age") == null ? null : rs.getInt("age"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("injury"), rs.getBoolean("consent_to_share")))
                .list();
    }

    /** Records a victim's consent to share their details with the other side; false when there is no such victim. */
    public boolean recordConsent(long accidentId, long victimId, String user, OffsetDateTime at, String note) {
        return jdbc.sql("UPDATE lr_victim SET consent_to_share = TRUE, consent_recorded_by = ?, consent_recorded_at = ?,"
                        + " consent_note = ? WHERE id = ? AND accident_id = ?")
                .params(user, at, note, victimId, accidentId).update() == 1;
    }

    public void share(long id) {
        jdbc.sql("UPDATE lr_accident SET shared = TRUE WHERE id = ?").param(id).update();
    }

    private static Accident accident(ResultSet rs, int n) throws SQLException {
        Long area = rs.getObject("hazard_area_id") == null ? null : rs.getLong("hazard_area_id");
        return new Accident(rs.getLong("id"), rs.getString("ref"), rs.getDouble("lat"), rs.getDouble("lon"),
                rs.getObject("occurred_on", LocalDate.class), DeviceCategory.valueOf(rs.getString("device_category")),
                ActivityAtTime.valueOf(rs.getString("activity_at_time")), rs.getBoolean("demining_accident"), area,
                rs.getString("province"), rs.getString("description"), Side.valueOf(rs.getString("side")),
                rs.getBoolean("shared"), rs.getInt("killed"), rs.getInt("injured"), List.of());
    }
}
