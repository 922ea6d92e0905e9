package org.homecoming.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores missing persons, their aliases, the sources of their facts and their status history.
 *
 * <pre>{@code
 * long id = persons.insert(person);
 * List<Long> ids = persons.insertAll(people); // batched, ids in the order given
 * boolean done = persons.update(changed, seenVersion); // false: someone else changed it first
 * }</pre>
 */
@Repository
public class PersonRepository {

    private static final int BATCH = 1000;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Inserts a new person (version 0) and returns its id. */
    public long insert(MissingPerson p) {
        return insertAll(List.of(p)).get(0);
    }

    /**
     * Inserts new persons (version 0) in batches of named parameters and returns their ids in the
     * order given; one person is a batch of one.
     */
    public List<Long> insertAll(List<MissingPerson> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<String> fields = List.of(params(people.get(0)).getParameterNames());
        batch("INSERT INTO missing_person (" + String.join(", ", fields.stream().map(PersonRepository::column).toList())
                        + ", version, created_at, updated_at) VALUES (:" + String.join(", :", fields) + ", 0, :now, :now)",
                people.stream().map(p -> params(p).addValue("now", now, Types.TIMESTAMP_WITH_TIMEZONE)).toList());
        Map<String, Long> ids = new HashMap<>();
        List<String> refs = people.stream().map(MissingPerson::ref).toList();
        for (int from = 0; from < refs.size(); from += BATCH) {
            jdbc.sql("SELECT ref, id FROM missing_person WHERE ref IN (:refs)")
                    .param("refs", refs.subList(from, Math.min(refs.size(), from + BATCH)))
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return refs.stream().map(ids::get).toList();
    }

    /** Replaces the stored fields (all but {@code ref}) if the stored version is {@code seenVersion}; false otherwise. */
    public boolean update(MissingPerson p, int seenVersion) {
        MapSqlParameterSource params = params(p);
        String set = String.join(", ", java.util.Arrays.stream(params.getParameterNames()).filter(f -> !f.equals("ref"))
                .map(f -> column(f) + " = :" + f).toList());
        return named.update("UPDATE missing_person SET " + set + ", version = version + 1, updated_at = :now"
                + " WHERE id = :id AND version = :seen",
                params.addValue("now", OffsetDateTime.now()).addValue("id", p.id()).addValue("seen", seenVersion)) == 1;
    }

    /** The column of a field: its name in snake case; {@code rank} is {@code military_rank} (RANK is an SQL word). */
    static String column(String field) {
        return field.equals("rank") ? "military_rank" : field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
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

    /** Persons not merged whose status is one of {@code statuses}, of either side. */
    public long countWithStatus(java.util.Collection<PersonStatus> statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM missing_person WHERE merged_into IS NULL AND status IN (:statuses)")
                .param("statuses", statuses.stream().map(Enum::name).toList()).query(Long.class).single();
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
        addAliases(aliases.stream().map(a -> new Alias(personId, a, source)).toList());
    }

    /** An alias of a stored person and the source it was found in. */
    public record Alias(long personId, String alias, String source) {
    }

    /** Adds aliases, in batches. */
    public void addAliases(List<Alias> aliases) {
        batch("INSERT INTO person_alias (person_id, alias, source) VALUES (:personId, :alias, :source)",
                aliases.stream().map(SimplePropertySqlParameterSource::new).toList());
    }

    public void addFactSource(long personId, String field, String kind, String reference) {
        addFactSources(List.of(new NewFactSource(personId, field, kind, reference)));
    }

    /** The source of one fact (or of the whole {@code record}) of a stored person. */
    public record NewFactSource(long personId, String field, String kind, String reference) {
    }

    /** Adds fact sources, in batches, all recorded now. */
    public void addFactSources(List<NewFactSource> sources) {
        OffsetDateTime now = OffsetDateTime.now();
        batch("INSERT INTO fact_source (person_id, field, source_kind, reference, recorded_at)"
                        + " VALUES (:personId, :field, :kind, :reference, :now)",
                sources.stream().map(f -> (SqlParameterSource) new MapSqlParameterSource("personId", f.personId())
                        .addValue("field", f.field()).addValue("kind", f.kind()).addValue("reference", f.reference())
                        .addValue("now", now, Types.TIMESTAMP_WITH_TIMEZONE)).toList());
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
        addStatusChanges(List.of(new NewStatusChange(personId, status, by, note, correction)));
    }

    /** A step of a stored person's status history, as recorded. */
    public record NewStatusChange(long personId, PersonStatus status, String by, String note, boolean correction) {
    }

    /** Adds steps of status history, in batches, all changed now. */
    public void addStatusChanges(List<NewStatusChange> changes) {
        OffsetDateTime now = OffsetDateTime.now();
        batch("INSERT INTO status_change (person_id, status, changed_at, changed_by, note, correction)"
                        + " VALUES (:personId, :status, :now, :by, :note, :correction)",
                changes.stream().map(c -> (SqlParameterSource) new MapSqlParameterSource("personId", c.personId())
                        .addValue("status", c.status().name()).addValue("now", now, Types.TIMESTAMP_WITH_TIMEZONE)
                        .addValue("by", c.by()).addValue("note", c.note(), Types.VARCHAR)
                        .addValue("correction", c.correction())).toList());
    }

    public List<StatusChange> statusChanges(long personId) {
        return jdbc.sql("SELECT * FROM status_change WHERE person_id = ? ORDER BY id").param(personId)
                .query((rs, n) -> new StatusChange(PersonStatus.valueOf(rs.getString("status")),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"),
                        rs.getString("note"), rs.getBoolean("correction")))
                .list();
    }

    /**
     * The stored fields as named parameters, one per column ({@link #column}), typed so that a null binds
     * without asking the driver; insert and update are written from these names.
     */
    static MapSqlParameterSource params(MissingPerson p) {
        int text = Types.VARCHAR;
        return new MapSqlParameterSource()
                .addValue("ref", p.ref(), text)
                .addValue("side", p.side().name(), text)
                .addValue("fullName", p.fullName(), text)
                .addValue("familyName", p.familyName(), text)
                .addValue("middleName", p.middleName(), text)
                .addValue("givenName", p.givenName(), text)
                .addValue("sex", p.sex(), text)
                .addValue("birthDate", p.birthDate(), text)
                .addValue("birthYear", p.birthYear(), Types.INTEGER)
                .addValue("homeCommune", p.homeCommune(), text)
                .addValue("homeDistrict", p.homeDistrict(), text)
                .addValue("homeProvince", p.homeProvince(), text)
                .addValue("homeProvinceCurrent", p.homeProvinceCurrent(), text)
                .addValue("serviceNumber", p.serviceNumber(), text)
                .addValue("unit", p.unit(), text)
                .addValue("rank", p.rank(), text)
                .addValue("lossDate", p.lossDate(), text)
                .addValue("lossYear", p.lossYear(), Types.INTEGER)
                .addValue("lossPlace", p.lossPlace(), text)
                .addValue("lossLat", p.lossLat(), Types.DOUBLE)
                .addValue("lossLon", p.lossLon(), Types.DOUBLE)
                .addValue("lossPrecisionM", p.lossPrecisionM(), Types.INTEGER)
                .addValue("lossAreaWkt", p.lossAreaWkt(), text)
                .addValue("circumstances", p.circumstances(), text)
                .addValue("burialInfo", p.burialInfo(), text)
                .addValue("status", p.status().name(), text)
                .addValue("source", p.source(), text);
    }

    private void batch(String sql, List<? extends SqlParameterSource> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            named.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)).toArray(SqlParameterSource[]::new));
        }
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
