package org.homecoming.server.assistance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homecoming.server.security.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the disability-assistance tables ({@code ast_*}). A person is read with the reader's side: the other
 * side's only while the person's latest consent to share, effective on or before the given day, is a grant. The
 * service decides who may read at all.
 *
 * <pre>{@code
 * List<AssistedPerson> found = repository.search(Side.VN, List.of("nguyen", "lan"), null, LocalDate.now(), 50);
 * }</pre>
 */
@Repository
public class AssistanceRepository {

    /** A person visible to :side on :today (own side, or the other side's with consent to share standing then). */
    private static final String VISIBLE = "(p.side = :side OR (SELECT c.granted FROM ast_consent c WHERE c.person_id = p.id"
            + " AND c.scope = 'SHARE' AND c.effective_on <= :today ORDER BY c.effective_on DESC, c.id DESC"
            + " FETCH FIRST 1 ROWS ONLY) = TRUE)";
    /** Registered on :today: the latest consent to be registered is a grant. */
    private static final String REGISTERED = "(SELECT c.granted FROM ast_consent c WHERE c.person_id = p.id"
            + " AND c.scope = 'REGISTER' AND c.effective_on <= :today ORDER BY c.effective_on DESC, c.id DESC"
            + " FETCH FIRST 1 ROWS ONLY) = TRUE";

    private final JdbcClient jdbc;

    AssistanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as checked by the service, before it has an id and a reference. */
    public record PersonDraft(String fullName, String nameKey, String sex, String birthDate, Integer birthYear,
            String provinceBefore, String communeCodeBefore, String province, String communeCode, String address,
            String household, String contact, Long registryMemberId) {
    }

    /** What statistics need of one person: no name, no address. */
    public record CountedPerson(long id, String sex, Integer birthYear, String province) {
    }

    /** What statistics need of one service. */
    public record CountedService(long personId, ServiceCategory category, ServiceStatus status, LocalDate receivedOn,
            LocalDate completedOn, int followUps) {
    }

    /** An open referral on a worklist, with the person's name and reference. */
    public record WorkItem(long serviceId, long personId, String personRef, String fullName, String province,
            ServiceCategory category, AssistiveItem item, String providerName, ServiceStatus status, LocalDate referredOn,
            LocalDate receivedOn) {
    }

    public long insertPerson(PersonDraft d, Side side, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ast_person (ref, full_name, name_key, sex, birth_date, birth_year, province_before,"
                        + " commune_code_before, province, commune_code, address, household, contact, registry_member_id, side,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params("pending-" + UUID.randomUUID(), d.fullName(), d.nameKey(), d.sex(), d.birthDate(), d.birthYear(),
                        d.provinceBefore(), d.communeCodeBefore(), d.province(), d.communeCode(), d.address(),
                        d.household(), d.contact(), d.registryMemberId(), side.name(), user, at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE ast_person SET ref = ? WHERE id = ?").params(String.format(Locale.ROOT, "DA-%06d", id), id).update();
        return id;
    }

    public Optional<AssistedPerson> person(long id, Side side, LocalDate today) {
        return jdbc.sql("SELECT p.* FROM ast_person p WHERE p.id = :id AND " + VISIBLE)
                .param("id", id).param("side", side.name()).param("today", today)
                .query(AssistanceRepository::person).optional();
    }

    /**
     * Registered, visible persons whose name holds a word starting with each of {@code words} (folded), in any order,
     * optionally of one province (after the merger); by name.
     */
    public List<AssistedPerson> search(Side side, List<String> words, String province, LocalDate today, int limit) {
        StringBuilder sql = new StringBuilder("SELECT p.* FROM ast_person p WHERE " + VISIBLE + " AND " + REGISTERED);
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND p.name_key LIKE :w").append(i).append(" ESCAPE '!'");
            params.put("w" + i, "% " + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (province != null) {
            sql.append(" AND p.province = :province");
            params.put("province", province);
        }
        sql.append(" ORDER BY p.name_key, p.id FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).param("side", side.name()).param("today", today)
                .query(AssistanceRepository::person).list();
    }

    public void addConsent(long personId, ConsentEvent e) {
        jdbc.sql("INSERT INTO ast_consent (person_id, scope, granted, effective_on, note, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(personId, e.scope().name(), e.granted(), e.effectiveOn(), e.note(), e.recordedBy(), e.recordedAt())
                .update();
    }

    public List<ConsentEvent> consents(long personId) {
        return jdbc.sql("SELECT * FROM ast_consent WHERE person_id = ? ORDER BY effective_on, id").param(personId)
                .query((rs, n) -> new ConsentEvent(ConsentPurpose.valueOf(rs.getString("scope")), rs.getBoolean("granted"),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    /** Consent lines of one scope for every person, by person: statistics decide with them who is counted. */
    public Map<Long, List<ConsentEvent>> consentsOfScope(ConsentPurpose scope) {
        Map<Long, List<ConsentEvent>> out = new HashMap<>();
        jdbc.sql("SELECT * FROM ast_consent WHERE scope = ? ORDER BY effective_on, id").param(scope.name())
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(new ConsentEvent(scope,
                            rs.getBoolean("granted"), rs.getObject("effective_on", LocalDate.class), rs.getString("note"),
                            rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)));
                });
        return out;
    }

    public long addAssessment(long personId, LocalDate on, FunctioningAnswers a, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ast_assessment (person_id, assessed_on, seeing, hearing, walking, remembering, self_care,"
                        + " communicating, disability, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(personId, on, a.get(FunctioningDomain.SEEING).code(), a.get(FunctioningDomain.HEARING).code(),
                        a.get(FunctioningDomain.WALKING).code(), a.get(FunctioningDomain.REMEMBERING).code(),
                        a.get(FunctioningDomain.SELF_CARE).code(), a.get(FunctioningDomain.COMMUNICATING).code(),
                        a.disability(), user, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A person's assessments, oldest first. */
    public List<Assessment> assessments(long personId) {
        return jdbc.sql("SELECT * FROM ast_assessment WHERE person_id = ? ORDER BY assessed_on, id").param(personId)
                .query(AssistanceRepository::assessment).list();
    }

    /** Every assessment, by person, oldest first. */
    public Map<Long, List<Assessment>> allAssessments() {
        Map<Long, List<Assessment>> out = new HashMap<>();
        jdbc.sql("SELECT * FROM ast_assessment ORDER BY person_id, assessed_on, id").query((ResultSet rs) -> {
            Assessment a = assessment(rs, 0);
            out.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
        });
        return out;
    }

    public void addCertificate(long personId, LegalDisabilityType type, LegalLevel level, LocalDate on, String council,
            String user, OffsetDateTime at) {
        jdbc.sql("INSERT INTO ast_certificate (person_id, disability_type, level, certified_on, council, recorded_by,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(personId, type.name(), level.name(), on, council, user, at).update();
    }

    public List<Certificate> certificates(long personId) {
        return jdbc.sql("SELECT * FROM ast_certificate WHERE person_id = ? ORDER BY certified_on, id").param(personId)
                .query((rs, n) -> new Certificate(rs.getLong("id"), LegalDisabilityType.valueOf(rs.getString("disability_type")),
                        LegalLevel.valueOf(rs.getString("level")), rs.getObject("certified_on", LocalDate.class),
                        rs.getString("council")))
                .list();
    }

    public void addCause(long personId, Cause c, String user, OffsetDateTime at) {
        jdbc.sql("INSERT INTO ast_cause (person_id, kind, victim_ref, exposure_place, exposure_from, exposure_to,"
                        + " generation, description, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(personId, c.kind().name(), c.victimRef(), c.exposurePlace(), c.exposureFrom(), c.exposureTo(),
                        c.generation(), c.description(), user, at)
                .update();
    }

    /** A person's causes as stored; the service resolves each victim reference to its accident. */
    public List<Cause> causes(long personId) {
        return jdbc.sql("SELECT * FROM ast_cause WHERE person_id = ? ORDER BY id").param(personId)
                .query((rs, n) -> new Cause(rs.getLong("id"), CauseKind.valueOf(rs.getString("kind")),
                        rs.getString("victim_ref"), null, rs.getString("exposure_place"),
                        rs.getObject("exposure_from", Integer.class), rs.getObject("exposure_to", Integer.class),
                        rs.getObject("generation", Integer.class), rs.getString("description")))
                .list();
    }

    /** The persons already linked to a family member of the missing-persons registry. */
    public List<Long> personsOfRegistryMember(long memberId) {
        return jdbc.sql("SELECT id FROM ast_person WHERE registry_member_id = ? ORDER BY id").param(memberId)
                .query(Long.class).list();
    }

    /** The persons already linked to an ordnance victim's reference. */
    public List<Long> personsOfVictim(String victimRef) {
        return jdbc.sql("SELECT person_id FROM ast_cause WHERE victim_ref = ? ORDER BY person_id").param(victimRef)
                .query(Long.class).list();
    }

    public long addReferral(long personId, ServiceCategory category, AssistiveItem item, long providerId,
            LocalDate referredOn, BigDecimal cost, String note, Long needId, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ast_service (person_id, category, item, provider_id, status, referred_on, cost_vnd, note,"
                        + " need_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'REFERRED', ?, ?, ?, ?, ?, ?)")
                .params(personId, category.name(), item == null ? null : item.name(), providerId, referredOn, cost, note,
                        needId, user, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public long addNeed(long personId, ServiceCategory category, AssistiveItem item, NeedPriority priority, LocalDate on,
            String note, String user, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ast_need (person_id, category, item, priority, assessed_on, note, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(personId, category.name(), item == null ? null : item.name(), priority.name(), on, note, user, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A person's needs, most urgent and oldest first, each saying whether a referral answers it. */
    public List<Need> needs(long personId) {
        return jdbc.sql("SELECT n.*, (SELECT COUNT(*) FROM ast_service s WHERE s.need_id = n.id) AS referrals FROM ast_need n"
                        + " WHERE n.person_id = ? ORDER BY CASE n.priority WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END,"
                        + " n.assessed_on, n.id").param(personId)
                .query((rs, n) -> new Need(rs.getLong("id"), personId, ServiceCategory.valueOf(rs.getString("category")),
                        item(rs.getString("item")), NeedPriority.valueOf(rs.getString("priority")),
                        rs.getObject("assessed_on", LocalDate.class), rs.getString("note"), rs.getLong("referrals") > 0))
                .list();
    }

    /** Moves a referral on; false when it was no longer in {@code from} (someone else moved it first). */
    public boolean moveReferral(long id, ServiceStatus from, ServiceStatus to, LocalDate on, BigDecimal cost) {
        String column = switch (to) {
            case RECEIVED -> "received_on";
            case COMPLETED -> "completed_on";
            default -> "closed_on";
        };
        return jdbc.sql("UPDATE ast_service SET status = ?, " + column + " = ?, cost_vnd = COALESCE(?, cost_vnd)"
                        + " WHERE id = ? AND status = ?")
                .params(to.name(), on, cost, id, from.name()).update() == 1;
    }

    public Optional<Referral> referral(long id) {
        return jdbc.sql("SELECT s.*, v.name AS provider_name FROM ast_service s JOIN ast_provider v ON v.id = s.provider_id"
                        + " WHERE s.id = ?").param(id)
                .query((rs, n) -> referral(rs, followUps(rs.getLong("id")))).optional();
    }

    /** A person's referrals, newest referral first, each with its follow-up visits. */
    public List<Referral> referrals(long personId) {
        return jdbc.sql("SELECT s.*, v.name AS provider_name FROM ast_service s JOIN ast_provider v"
                        + " ON v.id = s.provider_id WHERE s.person_id = ? ORDER BY s.referred_on DESC, s.id DESC")
                .param(personId).query((rs, n) -> referral(rs, followUps(rs.getLong("id")))).list();
    }

    public void addFollowUp(long serviceId, LocalDate on, FollowUpOutcome outcome, String note, String user,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO ast_follow_up (service_id, visited_on, outcome, note, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(serviceId, on, outcome.name(), note, user, at).update();
    }

    private List<FollowUp> followUps(long serviceId) {
        return jdbc.sql("SELECT * FROM ast_follow_up WHERE service_id = ? ORDER BY visited_on, id").param(serviceId)
                .query((rs, n) -> new FollowUp(rs.getLong("id"), serviceId, rs.getObject("visited_on", LocalDate.class),
                        FollowUpOutcome.valueOf(rs.getString("outcome")), rs.getString("note")))
                .list();
    }

    /** Open referrals of registered persons visible to :side, optionally of one province, oldest referral first. */
    public List<WorkItem> worklist(Side side, String province, LocalDate today, int limit) {
        return jdbc.sql("SELECT s.id AS service_id, s.category, s.item, s.status, s.referred_on, s.received_on,"
                        + " v.name AS provider_name, p.id AS person_id, p.ref, p.full_name, p.province FROM ast_service s"
                        + " JOIN ast_person p ON p.id = s.person_id JOIN ast_provider v ON v.id = s.provider_id"
                        + " WHERE s.status IN ('REFERRED', 'RECEIVED') AND " + VISIBLE + " AND " + REGISTERED
                        + " AND (CAST(:province AS VARCHAR(200)) IS NULL OR p.province = :province)"
                        + " ORDER BY s.referred_on, s.id FETCH FIRST " + limit + " ROWS ONLY")
                .param("side", side.name()).param("today", today).param("province", province)
                .query((rs, n) -> new WorkItem(rs.getLong("service_id"), rs.getLong("person_id"), rs.getString("ref"),
                        rs.getString("full_name"), rs.getString("province"), ServiceCategory.valueOf(rs.getString("category")),
                        item(rs.getString("item")), rs.getString("provider_name"), ServiceStatus.valueOf(rs.getString("status")),
                        rs.getObject("referred_on", LocalDate.class), rs.getObject("received_on", LocalDate.class)))
                .list();
    }

    public long addProvider(String name, ProviderKind kind, String province, String contact, String user,
            OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ast_provider (name, kind, province, contact, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, kind.name(), province, contact, user, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Provider> providers() {
        return jdbc.sql("SELECT * FROM ast_provider ORDER BY name").query(AssistanceRepository::provider).list();
    }

    public Optional<Provider> provider(long id) {
        return jdbc.sql("SELECT * FROM ast_provider WHERE id = ?").param(id).query(AssistanceRepository::provider).optional();
    }

    public Optional<Provider> providerNamed(String name) {
        return jdbc.sql("SELECT * FROM ast_provider WHERE name = ?").param(name).query(AssistanceRepository::provider)
                .optional();
    }

    /** Every person, without identifying fields, optionally of one province. */
    public List<CountedPerson> countedPersons(String province) {
        return jdbc.sql("SELECT id, sex, birth_year, province FROM ast_person"
                        + " WHERE CAST(:province AS VARCHAR(200)) IS NULL OR province = :province ORDER BY id")
                .param("province", province)
                .query((rs, n) -> new CountedPerson(rs.getLong("id"), rs.getString("sex"),
                        rs.getObject("birth_year", Integer.class), rs.getString("province")))
                .list();
    }

    /** Every service with its number of follow-up visits that reached the person. */
    public List<CountedService> countedServices() {
        return jdbc.sql("SELECT s.person_id, s.category, s.status, s.received_on, s.completed_on, (SELECT COUNT(*)"
                        + " FROM ast_follow_up f WHERE f.service_id = s.id AND f.outcome <> 'NOT_REACHED') AS visits"
                        + " FROM ast_service s ORDER BY s.id")
                .query((rs, n) -> new CountedService(rs.getLong("person_id"), ServiceCategory.valueOf(rs.getString("category")),
                        ServiceStatus.valueOf(rs.getString("status")), rs.getObject("received_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getInt("visits")))
                .list();
    }

    private static AssistedPerson person(ResultSet rs, int n) throws SQLException {
        return new AssistedPerson(rs.getLong("id"), rs.getString("ref"), rs.getString("full_name"), rs.getString("sex"),
                rs.getString("birth_date"), rs.getObject("birth_year", Integer.class), rs.getString("province_before"),
                rs.getString("commune_code_before"), rs.getString("province"), rs.getString("commune_code"),
                rs.getString("address"), rs.getString("household"), rs.getString("contact"),
                rs.getObject("registry_member_id", Long.class), Side.valueOf(rs.getString("side")),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        Map<FunctioningDomain, Difficulty> answers = new EnumMap<>(FunctioningDomain.class);
        answers.put(FunctioningDomain.SEEING, Difficulty.of(rs.getInt("seeing")));
        answers.put(FunctioningDomain.HEARING, Difficulty.of(rs.getInt("hearing")));
        answers.put(FunctioningDomain.WALKING, Difficulty.of(rs.getInt("walking")));
        answers.put(FunctioningDomain.REMEMBERING, Difficulty.of(rs.getInt("remembering")));
        answers.put(FunctioningDomain.SELF_CARE, Difficulty.of(rs.getInt("self_care")));
        answers.put(FunctioningDomain.COMMUNICATING, Difficulty.of(rs.getInt("communicating")));
        return new Assessment(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("assessed_on", LocalDate.class),
                new FunctioningAnswers(answers), rs.getString("recorded_by"));
    }

    private static Referral referral(ResultSet rs, List<FollowUp> followUps) throws SQLException {
        return new Referral(rs.getLong("id"), rs.getLong("person_id"), ServiceCategory.valueOf(rs.getString("category")),
                item(rs.getString("item")), rs.getLong("provider_id"), rs.getString("provider_name"),
                ServiceStatus.valueOf(rs.getString("status")), rs.getObject("referred_on", LocalDate.class),
                rs.getObject("received_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), rs.getBigDecimal("cost_vnd"), rs.getString("note"), followUps);
    }

    private static AssistiveItem item(String s) {
        return s == null ? null : AssistiveItem.valueOf(s);
    }

    private static Provider provider(ResultSet rs, int n) throws SQLException {
        return new Provider(rs.getLong("id"), rs.getString("name"), ProviderKind.valueOf(rs.getString("kind")),
                rs.getString("province"), rs.getString("contact"));
    }
}
