package org.homecoming.server.landrelease.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of risk-education sessions ({@code lr_risk_education}); reads return the other side's sessions only when
 * shared.
 *
 * <pre>{@code
 * long id = sessions.insert(session, "field", now);
 * }</pre>
 */
@Repository
public class RiskEducationRepository {

    private static final String SELECT = "SELECT * FROM lr_risk_education WHERE (side = :side OR shared)";

    private final JdbcClient jdbc;

    RiskEducationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(RiskEducation s, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lr_risk_education (held_on, place, lat, lon, province, organisation, method, girls, boys,"
                        + " women, men, side, shared, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " FALSE, ?, ?)")
                .params(s.heldOn(), s.place(), s.lat(), s.lon(), s.province(), s.organisation(), s.method().name(),
                        s.girls(), s.boys(), s.women(), s.men(), s.side().name(), user, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<RiskEducation> find(long id, Side side) {
        return jdbc.sql(SELECT + " AND id = :id").param("side", side.name()).param("id", id)
                .query(RiskEducationRepository::session).optional();
    }

    public List<RiskEducation> list(Side side) {
        return jdbc.sql(SELECT + " ORDER BY held_on DESC, id DESC").param("side", side.name())
                .query(RiskEducationRepository::session).list();
    }

    public void share(long id) {
        jdbc.sql("UPDATE lr_risk_education SET shared = TRUE WHERE id = ?").param(id).update();
    }

    private static RiskEducation session(ResultSet rs, int n) throws SQLException {
        return new RiskEducation(rs.getLong("id"), rs.getObject("held_on", LocalDate.class), rs.getString("place"),
                rs.getObject("lat") == null ? null : rs.getDouble("lat"),
                rs.getObject("lon") == null ? null : rs.getDouble("lon"), rs.getString("province"),
                rs.getString("organisation"), EducationMethod.valueOf(rs.getString("method")), rs.getInt("girls"),
                rs.getInt("boys"), rs.getInt("women"), rs.getInt("men"), Side.valueOf(rs.getString("side")),
                rs.getBoolean("shared"));
    }
}
