package org.homecoming.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores missing persons, their aliases, the sources of their facts and their status history.
 *
 * <pre>{@code
 * long id = persons.insert(person);
 * boolean done = persons.update(changed, seenVersion); // false: someone else changed it first
 * }</pre>
 */
@Repository
public class PersonRepository {

    static final String COLUMNS = "ref, side, full_name, family_name, middle_name, given_name, sex, birth_date, birth_year,"
            + " home_commune, home_district, home_province, home_province_current, service_number, unit, military_rank,"
            + " loss_date, loss_year, loss_place, loss_lat, loss_lon, loss_precision_m, loss_area_wkt, circumstances,"
            + " burial_info, status, source";
    private static final String VALUES = ":ref, :side, :fullName, :familyName, :middleName, :givenName, :sex, :birthDate,"
            + " :birthYear, :homeCommune, :homeDistrict, :homeProvince, :homeProvinceCurrent, :serviceNumber, :unit, :rank,"
            + " :lossDate, :lossYear, :lossPlace, :lossLat, :lossLon, :lossPrecisionM, :lossAreaWkt, :circumstances,"
            + " :burialInfo, :status, :source";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new person (version 0) and returns its id. */
    public long insert(MissingPerson p) {
        KeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("INSERT INTO missing_person (" + COLUMNS + ", version, created_at, updated_at) VALUES (" + VALUES
                        + ", 0, :now, :now)")
                .params(params(p)).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Replaces the stored fields if the stored version is {@code seenVersion}; false otherwise. */
    public boolean update(MissingPerson p, int seenVersion) {
        return jdbc.sql("UPDATE missing_person SET side = :side, full_name = :fullName, family_name = :familyName,"
                        + " middle_name = :middleName, given_name = :givenName, sex = :sex, birth_date = :birthDate,"
                        + " birth_year = :birthYear, home_commune = :homeCommune, home_district = :homeDistrict,"
                        + " home_province = :homeProvince, home_province_current = :homeProvinceCurrent,"
                        + " service_number = :serviceNumber, unit = :unit, military_rank = :rank, loss_date = :lossDate,"
                        + " loss_year = :lossYear, loss_place = :lossPlace, loss_lat = :lossLat, loss_lon = :lossLon,"
                        + " loss_precision_m = :lossPrecisionM, loss_area_wkt = :lossAreaWkt,"
                        + " circumstances = :circumstances, burial_info = :burialInfo, status = :status, source = :source,"
                        + " version = version + 1, updated_at = :now WHERE id = :id AND version = :seen")
                .params(params(p)).param("now", OffsetDateTime.now()).param("id", p.id()).param("seen", seenVersion)
                .update() == 1;
    }

    public Optional<MissingPerson> find(long id) {
        return jdbc.sql("SELECT * FROM missing_person WHERE id = ?").param(id).query(PersonRepository::map).optional();
    }

    public Optional<MissingPerson> findByRef(String ref) {
        return jdbc.sql("SELECT * FROM missing_person WHERE ref = ?").param(ref).query(PersonRepository::map).optional();
    }

    public List<MissingPerson> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM missing_person WHERE id IN (:ids)").param("ids", ids)
                .query(PersonRepository::map).list();
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM missing_person WHERE id = ?").param(id).update() == 1;
    }

    /** Persons not merged into another, in id order (the caller closes the stream). */
    public Stream<MissingPerson> streamActive() {
        return jdbc.sql("SELECT * FROM missing_person WHERE merged_into IS NULL ORDER BY id")
                .query(PersonRepository::map).stream();
    }

    public long countActive() {
        return jdbc.sql("SELECT COUNT(*) FROM missing_person WHERE merged_into IS NULL").query(Long.class).single();
    }

    /** Candidates for comparison with remains: persons of the given sides still missing, not merged. */
    public List<MissingPerson> unresolved(List<String> sides) {
        return jdbc.sql("SELECT * FROM missing_person WHERE merged_into IS NULL AND status = 'MISSING'"
                        + " AND side IN (:sides)").param("sides", sides).query(PersonRepository::map).list();
    }

    public void setMergedInto(long id, Long survivor) {
        jdbc.sql("UPDATE missing_person SET merged_into = ?, version = version + 1 WHERE id = ?").params(survivor, id).update();
    }

    /** Every person merged into another. */
    public List<MissingPerson> merged() {
        return jdbc.sql("SELECT * FROM missing_person WHERE merged_into IS NOT NULL ORDER BY id")
                .query(PersonRepository::map).list();
    }

    public List<MissingPerson> mergedInto(long survivor) {
        return jdbc.sql("SELECT * FROM missing_person WHERE merged_into = ? ORDER BY id").param(survivor)
                .query(PersonRepository::map).list();
    }

    public List<String> aliases(long personId) {
        return jdbc.sql("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY id").param(personId)
                .query(String.class).list();
    }

    /** Every alias of every person, for building index documents in bulk. */
    public Map<Long, List<String>> allAliases() {
        Map<Long, List<String>> out = new java.util.HashMap<>();
        jdbc.sql("SELECT person_id, alias FROM person_alias ORDER BY id").query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
        });
        return out;
    }

    public void replaceAliases(long personId, List<String> aliases, String source) {
        jdbc.sql("DELETE FROM person_alias WHERE person_id = ?").param(personId).update();
        for (String a : aliases) {
            jdbc.sql("INSERT INTO person_alias (person_id, alias, source) VALUES (?, ?, ?)").params(personId, a, source).update();
        }
    }

    public void addFactSource(long personId, String field, String kind, String reference) {
        jdbc.sql("INSERT INTO fact_source (person_id, field, source_kind, reference, recorded_at) VALUES (?, ?, ?, ?, ?)")
                .params(personId, field, kind, reference, OffsetDateTime.now()).update();
    }

    public List<FactSource> factSources(long personId) {
        return jdbc.sql("SELECT * FROM fact_source WHERE person_id = ? ORDER BY id").param(personId)
                .query((rs, n) -> new FactSource(rs.getString("field"), rs.getString("source_kind"),
                        rs.getString("reference"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    public void addStatusChange(long personId, PersonStatus status, String by) {
        addStatusChange(personId, status, by, null, false);
    }

    /** A step of the status history with the record or reason it stands on; {@code correction} marks an administrator's. */
    public void addStatusChange(long personId, PersonStatus status, String by, String note, boolean correction) {
        jdbc.sql("INSERT INTO status_change (person_id, status, changed_at, changed_by, note, correction)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(personId, status.name(), OffsetDateTime.now(), by, note, correction).update();
    }

    public List<StatusChange> statusChanges(long personId) {
        return jdbc.sql("SELECT * FROM status_change WHERE person_id = ? ORDER BY id").param(personId)
                .query((rs, n) -> new StatusChange(PersonStatus.valueOf(rs.getString("status")),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"),
                        rs.getString("note"), rs.getBoolean("correction")))
                .list();
    }

    static Map<String, Object> params(MissingPerson p) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("ref", p.ref());
        m.put("side", p.side().name());
        m.put("fullName", p.fullName());
        m.put("familyName", p.familyName());
        m.put("middleName", p.middleName());
        m.put("givenName", p.givenName());
        m.put("sex", p.sex());
        m.put("birthDate", p.birthDate());
        m.put("birthYear", p.birthYear());
        m.put("homeCommune", p.homeCommune());
        m.put("homeDistrict", p.homeDistrict());
        m.put("homeProvince", p.homeProvince());
        m.put("homeProvinceCurrent", p.homeProvinceCurrent());
        m.put("serviceNumber", p.serviceNumber());
        m.put("unit", p.unit());
        m.put("rank", p.rank());
        m.put("lossDate", p.lossDate());
        m.put("lossYear", p.lossYear());
        m.put("lossPlace", p.lossPlace());
        m.put("lossLat", p.lossLat());
        m.put("lossLon", p.lossLon());
        m.put("lossPrecisionM", p.lossPrecisionM());
        m.put("lossAreaWkt", p.lossAreaWkt());
        m.put("circumstances", p.circumstances());
        m.put("burialInfo", p.burialInfo());
        m.put("status", p.status().name());
        m.put("source", p.source());
        return m;
    }

    static MissingPerson map(ResultSet rs, int row) throws SQLException {
        return new MissingPerson(rs.getLong("id"), rs.getString("ref"), Side.valueOf(rs.getString("side")),
                rs.getString("full_name"), rs.getString("family_name"), rs.getString("middle_name"),
                rs.getString("given_name"), rs.getString("sex"), rs.getString("birth_date"),
                (Integer) rs.getObject("birth_year", Integer.class), rs.getString("home_commune"),
                rs.getString("home_district"), rs.getString("home_province"), rs.getString("home_province_current"),
                rs.getString("service_number"), rs.getString("unit"), rs.getString("military_rank"),
                rs.getString("loss_date"), rs.getObject("loss_year", Integer.class), rs.getString("loss_place"),
                rs.getObject("loss_lat", Double.class), rs.getObject("loss_lon", Double.class),
                rs.getObject("loss_precision_m", Integer.class), rs.getString("loss_area_wkt"),
                rs.getString("circumstances"), rs.getString("burial_info"),
                PersonStatus.valueOf(rs.getString("status")), rs.getString("source"),
                rs.getObject("merged_into", Long.class), rs.getInt("version"));
    }
}
