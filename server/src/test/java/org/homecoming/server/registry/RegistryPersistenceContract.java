package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.imports.Fixture;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the registry stores and reads back, through the repositories and through the API, written
 * once and run on each database the server supports ({@link RegistryOnH2Tests},
 * {@link RegistryOnPostgresTests}). The SQL must behave the same on both: types, identity keys,
 * time zones, ordering, paging, batch inserts and optimistic locking.
 */
abstract class RegistryPersistenceContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PersonRepository persons;
    @Autowired
    FamilyRepository families;
    @Autowired
    SiteRepository sites;
    @Autowired
    RemainsRepository remains;
    @Autowired
    GeneticsRepository genetics;
    @Autowired
    AuditLog audit;
    @Autowired
    ImportService imports;
    @Autowired
    LocalInstallation installation;
    @Autowired
    ConsentRepository consents;
    @Autowired
    org.homecoming.server.security.SharingService sharing;
    @Autowired
    PersonService personService;

    /** The product name the JDBC driver reports for the database this subclass must run on. */
    abstract String expectedDatabase();

    @BeforeEach
    void fixture() {
        Fixture.ensureImported(imports, installation, jdbc);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static MissingPerson person(String ref, String fullName) {
        return new MissingPerson(0, ref, Side.VN, fullName, "Hoàng", "Văn", "Thụ", "M", "1947-05", 1947, "Xã Hưng Đạo",
                "Huyện Hưng Nguyên", "Tỉnh Nghệ An", "Nghệ An", "SQ-0042", "Trung đoàn 66, Sư đoàn 304", "Trung sĩ",
                "1968-02-14", 1968, "Cao điểm 881, Khe Sanh", 16.6543219, 106.7312345, 500,
                "POLYGON ((106.72 16.65, 106.74 16.65, 106.74 16.66, 106.72 16.65))", "Hy sinh khi tấn công",
                "Chôn cất tại chỗ, có đánh dấu", PersonStatus.MISSING, "Sổ liệt sĩ huyện Hưng Nguyên, tr. 7", null, 0);
    }

    @Test
    void runsOnTheExpectedDatabaseWithEveryMigrationApplied() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = FALSE", String.class))
                .isEmpty();
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL", String.class))
                .contains("1", "100");
    }

    @Test
    void aPersonComesBackFieldForFieldWithVietnameseTextIntact() {
        MissingPerson p = person(unique("P"), "Hoàng Văn Thụ");
        long id = persons.insert(p);
        MissingPerson back = persons.find(id).orElseThrow();
        assertThat(back).usingRecursiveComparison().ignoringFields("id").isEqualTo(p);
        assertThat(persons.findByRef(p.ref()).orElseThrow().id()).isEqualTo(id);
        assertThat(persons.findAll(List.of(id, -1L))).extracting(MissingPerson::fullName).containsExactly("Hoàng Văn Thụ");
    }

    @Test
    void anUpdateFromAStaleVersionChangesNothing() {
        long id = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        MissingPerson stored = persons.find(id).orElseThrow();
        MissingPerson recovered = new MissingPerson(id, stored.ref(), stored.side(), stored.fullName(), stored.familyName(),
                stored.middleName(), stored.givenName(), stored.sex(), stored.birthDate(), stored.birthYear(),
                stored.homeCommune(), stored.homeDistrict(), stored.homeProvince(), stored.homeProvinceCurrent(),
                stored.serviceNumber(), stored.unit(), stored.rank(), stored.lossDate(), stored.lossYear(),
                stored.lossPlace(), stored.lossLat(), stored.lossLon(), stored.lossPrecisionM(), stored.lossAreaWkt(),
                stored.circumstances(), stored.burialInfo(), PersonStatus.REMAINS_RECOVERED, stored.source(), null, 0);
        assertThat(persons.update(recovered, 0)).isTrue();
        assertThat(persons.update(stored, 0)).as("second writer still holds version 0").isFalse();
        MissingPerson now = persons.find(id).orElseThrow();
        assertThat(now.status()).isEqualTo(PersonStatus.REMAINS_RECOVERED);
        assertThat(now.version()).isEqualTo(1);
    }

    @Test
    void anUpdateWritesEveryStoredFieldBack() {
        long id = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        MissingPerson s = persons.find(id).orElseThrow();
        MissingPerson changed = new MissingPerson(id, s.ref(), Side.US, "Robert J. Kowalczyk", "Kowalczyk", "J.",
                "Robert", "F", "1946-11-02", 1946, "Parma", "Cuyahoga", "Ohio", null, "US-55-120", "1st Cavalry",
                "Sergeant", "1969-03", 1969, "Hill 10", -12.5, 44.25, 50, null, "Helicopter down", "Unknown",
                PersonStatus.REMAINS_RECOVERED, "DPAA case file", null, 0);
        assertThat(persons.update(changed, 0)).isTrue();
        assertThat(persons.find(id).orElseThrow()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(changed);
    }

    @Test
    void personsRegisteredTogetherGetTheirIdsInOrderWithAliasesSourcesAndHistory() {
        MissingPerson a = person(unique("B"), "Hoàng Văn Một");
        MissingPerson b = new MissingPerson(0, unique("B"), Side.VN, "Lê Văn Hai", "Lê", "Văn", "Hai", "M", null, null,
                null, null, "Tỉnh Hà Giang", null, null, null, null, null, null, null, null, null, null, null, null, null,
                PersonStatus.REMAINS_RECOVERED, "Danh sách tỉnh", null, 0);
        List<Long> ids = personService.createAll(List.of(
                new NewPerson(a, List.of("Hoang Van Mot", "Anh Một"), "IMPORT", a.source()),
                new NewPerson(b, List.of(), "EXCHANGE", "exchange package 0123456789ab from VN-1 (agreement)")),
                "officer-vn");
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(persons.find(ids.get(0)).orElseThrow().ref()).isEqualTo(a.ref());
        assertThat(persons.aliases(ids.get(0))).containsExactly("Hoang Van Mot", "Anh Một");
        assertThat(persons.aliases(ids.get(1))).isEmpty();
        MissingPerson second = persons.find(ids.get(1)).orElseThrow();
        assertThat(second.ref()).isEqualTo(b.ref());
        assertThat(second.homeProvinceCurrent()).as("Hà Giang joined Tuyên Quang in 2025").isEqualTo("Tuyên Quang");
        assertThat(persons.factSources(ids.get(1))).extracting(FactSource::field, FactSource::sourceKind, FactSource::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("record", "EXCHANGE",
                        "exchange package 0123456789ab from VN-1 (agreement)"));
        assertThat(persons.statusChanges(ids.get(1))).extracting(StatusChange::status, StatusChange::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PersonStatus.REMAINS_RECOVERED, "officer-vn"));
    }

    @Test
    void aliasesSourcesAndStatusHistoryKeepTheirOrder() {
        long id = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        persons.replaceAliases(id, List.of("HOANG, THU VAN", "Hoang Van Thu"), "JPRC list");
        persons.replaceAliases(id, List.of("Hoàng Thụ", "HOANG VAN THU"), "Family letter");
        persons.addFactSource(id, "lossDate", "REGISTER", "Sổ liệt sĩ, tr. 7");
        persons.addFactSource(id, "burialInfo", "FAMILY_REPORT", "Lời kể của em gái");
        persons.addStatusChange(id, PersonStatus.MISSING, "officer-vn");
        persons.addStatusChange(id, PersonStatus.REMAINS_RECOVERED, "field-vn");
        assertThat(persons.aliases(id)).containsExactly("Hoàng Thụ", "HOANG VAN THU");
        assertThat(persons.factSources(id)).extracting(FactSource::field).containsExactly("lossDate", "burialInfo");
        assertThat(persons.factSources(id).get(1).recordedAt()).isCloseTo(OffsetDateTime.now(),
                org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
        assertThat(persons.statusChanges(id)).extracting(StatusChange::status)
                .containsExactly(PersonStatus.MISSING, PersonStatus.REMAINS_RECOVERED);
    }

    @Test
    void consentChangesAreVersionedAndDatesSurvive() {
        long person = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        FamilyMember sister = new FamilyMember(0, unique("FM"), unique("F"), person, "Hoàng Thị Lan", "F", 1952, "SISTER",
                null, null, true, "0912 345 678", false, false, null, null, 0);
        long id = families.insert(sister);
        assertThat(families.updateConsent(id, true, false, LocalDate.of(2024, 2, 29), null, 0)).isTrue();
        assertThat(families.updateConsent(id, false, false, null, LocalDate.of(2024, 3, 1), 0)).isFalse();
        FamilyMember back = families.find(id).orElseThrow();
        assertThat(back.consentDna()).isTrue();
        assertThat(back.consentDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(back.version()).isEqualTo(1);
        assertThat(families.ofPerson(person)).extracting(FamilyMember::fullName).containsExactly("Hoàng Thị Lan");
    }

    @Test
    void consentHistoryIsKeptAndDecidesWhatIsInForceOnEachDay() {
        long person = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        long id = installation.asSystem(() -> families.insert(new FamilyMember(0, unique("FM"), unique("F"), person,
                "Hoàng Văn Nam", "M", 1975, "NEPHEW", null, null, true, "0912 345 678", true, true,
                LocalDate.of(2024, 2, 29), null, 0)));
        OffsetDateTime at = OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(7));
        consents.add(new MemberConsent(0, id, ConsentScope.CONTACT, true, LocalDate.of(2024, 3, 1), "Phiếu đồng ý số 12",
                "liaison-vn", at));
        consents.add(new MemberConsent(0, id, ConsentScope.RECORD, false, LocalDate.of(2024, 6, 1), "rút lại qua điện thoại",
                "officer-vn", at));
        List<MemberConsent> history = consents.history(id);
        assertThat(history).extracting(MemberConsent::scope).containsExactly(ConsentScope.RECORD, ConsentScope.GENETIC,
                ConsentScope.CONTACT, ConsentScope.RECORD);
        assertThat(history.get(0).effectiveOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(history.get(2).basis()).isEqualTo("Phiếu đồng ý số 12");
        assertThat(history.get(3).granted()).isFalse();
        assertThat(history.get(3).recordedAt().toInstant()).isEqualTo(at.toInstant());
        assertThat(consents.inForce(List.of(id), LocalDate.of(2024, 2, 28)).get(id)).isEmpty();
        assertThat(consents.inForce(List.of(id), LocalDate.of(2024, 5, 31)).get(id))
                .containsExactlyInAnyOrder(ConsentScope.RECORD, ConsentScope.GENETIC, ConsentScope.CONTACT);
        assertThat(consents.inForce(List.of(id), LocalDate.of(2024, 6, 1)).get(id))
                .containsExactlyInAnyOrder(ConsentScope.GENETIC, ConsentScope.CONTACT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM family_member f WHERE f.consent_share = TRUE"
                + " AND f.consent_withdrawn IS NULL AND NOT EXISTS (SELECT 1 FROM member_consent c WHERE c.member_id = f.id"
                + " AND c.scope = 'RECORD')", Long.class)).as("imported consents to share are RECORD grants").isZero();
    }

    @Test
    void aSharingLastsWhileTheConsentItRestsOnIsInForce() {
        long person = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        long id = installation.asSystem(() -> families.insert(new FamilyMember(0, unique("FM"), unique("F"), person,
                "Hoàng Văn Nam", "M", 1975, "NEPHEW", null, null, true, null, false, true, LocalDate.of(2024, 2, 29),
                null, 0)));
        installation.asSystem(() -> sharing.share("PERSON", person, Side.US, id, "phiếu đồng ý 2024-02-29"));
        assertThat(sharing.isShared("PERSON", person, Side.US)).isTrue();
        assertThat(sharing.sharedWith("PERSON", Side.US)).contains(person);
        consents.add(new MemberConsent(0, id, ConsentScope.RECORD, false, LocalDate.now(), "rút lại", "officer-vn",
                OffsetDateTime.now()));
        assertThat(sharing.isShared("PERSON", person, Side.US)).isFalse();
        assertThat(sharing.sharedWith("PERSON", Side.US)).doesNotContain(person);
    }

    @Test
    void remainsArePagedInIdOrderAndTheirStatusIsVersioned() {
        long site = sites.insert(new Site(0, unique("S"), "GRAVE", "Mộ tập thể Đồi A1", "Điện Biên", 21.383, 103.02,
                "POINT (103.02 21.383)", 0));
        long a = remains.insert(remainsAt(site));
        long b = remains.insert(remainsAt(site));
        long c = remains.insert(remainsAt(site));
        assertThat(remains.atSite(site)).extracting(Remains::id).containsExactly(a, b, c);
        long before = remains.count();
        List<Remains> all = remains.page(0, (int) before);
        assertThat(all).extracting(Remains::id).isSorted().hasSize((int) before);
        assertThat(remains.page(1, 2)).extracting(Remains::id).containsExactly(all.get(1).id(), all.get(2).id());
        assertThat(remains.updateStatus(b, "UNDER_IDENTIFICATION", null, 0)).isTrue();
        assertThat(remains.updateStatus(b, "IDENTIFIED", null, 0)).isFalse();
        assertThat(remains.find(b).orElseThrow().status()).isEqualTo("UNDER_IDENTIFICATION");
        assertThat(sites.find(site).orElseThrow().name()).isEqualTo("Mộ tập thể Đồi A1");
    }

    private static Remains remainsAt(long site) {
        return new Remains(0, unique("R"), site, "1998-04", 1998, 21.3831, 103.0201, 20, "Đội K92", "M", 18, 30, 165,
                "PARTIAL", "Thẻ quân nhân, khuy áo", "RECOVERED", null, 0);
    }

    @Test
    void custodyCallsAndHaplotypesReadBackInAStableOrder() {
        long site = sites.insert(new Site(0, unique("S"), "GRAVE", "Nghĩa trang", "Quảng Trị", 16.8, 107.1, null, 0));
        long r = remains.insert(remainsAt(site));
        long sample = genetics.insertSample(new Sample(0, unique("DNA"), "REMAINS", r, null, "GlobalFiler", true));
        OffsetDateTime taken = OffsetDateTime.of(1998, 4, 3, 9, 30, 0, 0, ZoneOffset.ofHours(7));
        genetics.addCustody(sample, new CustodyEvent(taken.plusDays(2), "Lab Hà Nội", "Viện Pháp y", "RECEIVED"));
        genetics.addCustody(sample, new CustodyEvent(taken, "Đội K92", "Đồi A1", "COLLECTED"));
        for (String locus : new String[] {"vWA", "D8S1179", "Penta E", "D21S11", "TH01", "Penta D", "D2S1338"}) {
            genetics.addCall(sample, new GeneticProfile.StrCall(locus, "15", "16.3", "OK"));
        }
        genetics.addHaplotype(sample, "MTDNA", "16223T 16362C 73G 263G");
        List<CustodyEvent> custody = genetics.custody(sample);
        assertThat(custody).extracting(CustodyEvent::action).containsExactly("COLLECTED", "RECEIVED");
        assertThat(custody.get(0).at().toInstant()).isEqualTo(taken.toInstant());
        assertThat(genetics.calls(sample)).extracting(GeneticProfile.StrCall::locus)
                .as("locus order must not depend on the database's collation")
                .containsExactly("D21S11", "D2S1338", "D8S1179", "Penta D", "Penta E", "TH01", "vWA");
        assertThat(genetics.haplotype(sample, "MTDNA")).contains("16223T 16362C 73G 263G");
        assertThat(genetics.samplesOf("REMAINS", r)).extracting(Sample::degraded).containsExactly(true);
    }

    @Test
    void samplesOfAMemberAndConsentsOfSeveralMembersAreReadWithBoundIds() {
        long person = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        long father = installation.asSystem(() -> families.insert(new FamilyMember(0, unique("FM"), unique("F"), person,
                "Hoàng Văn Nam", "M", 1940, "FATHER", null, null, true, null, true, true, LocalDate.of(2024, 2, 29), null,
                0)));
        long sister = families.insert(new FamilyMember(0, unique("FM"), unique("F"), person, "Hoàng Thị Lan", "F", 1950,
                "SISTER", null, null, true, null, false, false, null, null, 0));
        long first = genetics.insertSample(new Sample(0, unique("DNA"), "FAMILY_MEMBER", null, father, "GlobalFiler", false));
        long second = genetics.insertSample(new Sample(0, unique("DNA"), "FAMILY_MEMBER", null, father, "PowerPlex", true));
        assertThat(genetics.samplesOf("FAMILY_MEMBER", father)).extracting(Sample::id).containsExactly(first, second);
        assertThat(genetics.samplesOf("FAMILY_MEMBER", sister)).isEmpty();
        assertThat(genetics.samplesOf("REMAINS", father)).as("a member's id is no remains' id here").isEmpty();
        var inForce = consents.inForce(List.of(father, sister, -1L), LocalDate.of(2024, 3, 1));
        assertThat(inForce.get(father)).containsExactlyInAnyOrder(ConsentScope.RECORD, ConsentScope.GENETIC);
        assertThat(inForce.get(sister)).isEmpty();
        assertThat(inForce.get(-1L)).isEmpty();
    }

    @Test
    void theAuditLogListsTheNewestFirstAndCounts() {
        String entity = unique("E");
        audit.recordAs("lab-vn", AuditAction.VIEW, "SAMPLE", entity, "profile");
        audit.recordAs("lab-vn", AuditAction.EXPORT, "SAMPLE", entity, "x".repeat(5000));
        assertThat(audit.count("SAMPLE", entity)).isEqualTo(2);
        assertThat(audit.recent("SAMPLE", entity, 0, 10)).extracting(e -> e.action()).containsExactly("EXPORT", "VIEW");
        assertThat(audit.recent("SAMPLE", entity, 0, 1).get(0).detail()).hasSize(2000);
        assertThat(audit.recent("SAMPLE", entity, 1, 1)).extracting(e -> e.action()).containsExactly("VIEW");
    }

    @Test
    void theImportedFixtureIsComplete() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM missing_person WHERE ref LIKE 'T-MP-%'", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM str_call c JOIN sample s ON s.id = c.sample_id"
                + " WHERE s.ref LIKE 'T-DNA-%'", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT home_province_current FROM missing_person WHERE ref = 'T-MP-1'",
                String.class)).isEqualTo("Ninh Bình");
    }

    @Test
    void theApiCreatesFindsAndRefusesAStaleUpdate() throws Exception {
        String body = """
                {"side":"VN","fullName":"Trịnh Văn Đức","sex":"M","birthDate":"1949","homeProvince":"Tỉnh Thanh Hóa",
                 "lossDate":"1971-03","status":"MISSING","source":"Sổ liệt sĩ, tr. 3"}""";
        long id = json.readTree(mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(get("/api/v1/persons").param("q", "trinh van duc 1949 thanh hoa").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].fullName").value("Trịnh Văn Đức"));
        String v0 = body.replace("\"status\":\"MISSING\"", "\"status\":\"MISSING\",\"version\":0");
        mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON).content(v0))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON).content(v0))
                .andExpect(status().isConflict());
    }

    @Test
    void theApiPagesSitesAndRanksRemainsCandidatesWithReasons() throws Exception {
        long r = Fixture.id(jdbc, "remains", "T-R-1");
        mvc.perform(get("/api/v1/sites").param("page", "0").param("size", "1").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/v1/remains/" + r + "/candidates").with(officerVn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].reasons").isNotEmpty());
    }

    @Test
    void aLabAnalystReadsAProfileAndTheViewIsAudited() throws Exception {
        long sample = Fixture.id(jdbc, "sample", "T-DNA-R-1");
        long before = audit.count(null, null);
        mvc.perform(get("/api/v1/samples/" + sample + "/profile").with(labVn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.calls").isArray());
        assertThat(audit.count(null, null)).isGreaterThan(before);
    }

    @Test
    void theDashboardAndThePersonPageRender() throws Exception {
        long id = Fixture.id(jdbc, "missing_person", "T-MP-1");
        mvc.perform(get("/").with(viewerVn())).andExpect(status().isOk())
                .andExpect(model().attribute("byProvince", hasEntry(equalTo("labels"), hasItem("Ninh Bình"))))
                .andExpect(model().attribute("totals", hasEntry(equalTo("persons"), greaterThanOrEqualTo(2L))));
        mvc.perform(get("/persons/" + id).with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/api/v1/persons/" + id + "/merges").with(viewerVn())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + id + "/duplicates").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
    }

    @Test
    void twoMissingBrothersOfOneFamilyImportAndShowEachOtherAsMissing(@TempDir Path dir) throws Exception {
        String a = unique("MPA");
        String b = unique("MPB");
        String f = unique("FAM");
        String father = unique("FMF");
        String mother = unique("FMM");
        Files.writeString(dir.resolve("missing_persons.csv"), "id,side,full_name,family_name,middle_name,given_name,aliases,"
                + "sex,birth_date,home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,"
                + "loss_lat,loss_lon,loss_precision_m,circumstances,status,source\n"
                + a + ",VN,Đỗ Văn Anh,Đỗ,Văn,Anh,,M,1948,,,Tỉnh Thái Bình,,,,1968,,,,,,MISSING,register\n"
                + b + ",VN,Đỗ Văn Em,Đỗ,Văn,Em,,M,1950,,,Tỉnh Thái Bình,,,,1971,,,,,,MISSING,register\n");
        Files.writeString(dir.resolve("family_members.csv"), "id,family_id,missing_person_id,full_name,sex,birth_year,"
                + "relationship,father_id,mother_id,living,consent_dna,consent_share,consent_date,contact\n"
                + father + "," + f + "," + a + ",Đỗ Văn Bố,M,1920,FATHER,,,false,false,false,,\n"
                + mother + "," + f + "," + a + ",Vũ Thị Mẹ,F,1922,MOTHER,,,false,false,false,,\n"
                + b + "," + f + "," + a + ",Đỗ Văn Em,M,1950,BROTHER," + father + "," + mother + ",false,false,false,,\n");
        installation.asSystem(() -> imports.commit(dir));
        long idA = Fixture.id(jdbc, "missing_person", a);
        long idB = Fixture.id(jdbc, "missing_person", b);
        assertThat(jdbc.queryForObject("SELECT represents_person_id FROM family_member WHERE person_id = ? AND ref = ?",
                Long.class, idA, b)).isEqualTo(idB);
        assertThat(families.headOf(idB)).contains(idA);
        assertThat(families.headOf(idA)).isEmpty();
        assertThat(families.missingRows(idA)).containsExactly(b);
        // the page of either brother draws both outlined as missing; the second one's names the first one's family
        for (long id : new long[] {idA, idB}) {
            String page = mvc.perform(get("/persons/" + id).with(viewerVn())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page.split("class=\"node missing\"", -1)).hasSize(3);
            assertThat(page).contains("Vũ Thị Mẹ");
        }
        var head = mvc.perform(get("/persons/" + idB).with(viewerVn())).andReturn().getModelAndView().getModel()
                .get("familyHead");
        assertThat(head).isInstanceOfSatisfying(MissingPerson.class, h -> assertThat(h.id()).isEqualTo(idA));
        mvc.perform(get("/persons/" + idA).with(viewerVn())).andExpect(model().attribute("familyHead", (Object) null));
        // the family API gives the second brother the family he stands in, and adds no family of his own
        mvc.perform(get("/api/v1/persons/" + idB + "/family").with(viewerVn())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].ref", org.hamcrest.Matchers.contains(father, mother, b)));
        mvc.perform(post("/api/v1/persons/" + idB + "/family-members").with(officerVn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Đỗ Thị Con\",\"sex\":\"F\","
                                + "\"relationship\":\"DAUGHTER\",\"living\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("person " + b
                        + " stands in the family of person " + idA + " as another missing person; add relatives to that family"));
        // a second import cannot put the second brother into another family
        Path again = Files.createDirectory(dir.resolve("again"));
        Files.writeString(again.resolve("family_members.csv"), "id,family_id,missing_person_id,full_name,sex,birth_year,"
                + "relationship,father_id,mother_id,living,consent_dna,consent_share,consent_date,contact\n"
                + unique("FMX") + ",OTHER-" + f + "," + b + ",Đỗ Thị Con,F,1975,DAUGHTER," + b + "," + mother
                + ",true,false,false,,\n");
        assertThat(imports.preview(again).problems()).containsExactly("family_members.csv:2: missing_person_id: missing"
                + " person '" + b + "' already belongs to family '" + f + "'");
    }

    @Test
    void aRecoveryRecordedThroughTheApiReadsBack() throws Exception {
        mvc.perform(post("/api/v1/sites").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CRASH_SITE\",\"name\":\"Nơi rơi máy bay Tân Kỳ\",\"lat\":18.97,\"lon\":105.27}"))
                .andExpect(status().isForbidden());
        String field = mvc.perform(post("/api/v1/sites").with(org.homecoming.server.TestUsers.as("field-vn", Side.VN,
                                org.homecoming.server.security.Role.FIELD_TEAM)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CRASH_SITE\",\"name\":\"Nơi rơi máy bay Tân Kỳ\",\"lat\":18.97,\"lon\":105.27,"
                                + "\"wkt\":\"POLYGON ((105.26 18.96, 105.28 18.96, 105.28 18.98, 105.26 18.96))\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(field).get("id").asLong();
        assertThat(sites.find(id).orElseThrow().wkt()).startsWith("POLYGON ((105.26 18.96");
        assertThat(sites.find(id).orElseThrow().name()).isEqualTo("Nơi rơi máy bay Tân Kỳ");
    }

    @Test
    void aMergeIsUndoneOnEitherDatabase() throws Exception {
        long a = persons.insert(person(unique("P"), "Hoàng Văn Thụ"));
        long b = persons.insert(person(unique("P"), "Hoang Van Thu"));
        String merge = mvc.perform(post("/api/v1/persons/" + a + "/merges").with(officerVn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":" + b + ",\"reason\":\"same unit list\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(persons.find(b).orElseThrow().mergedInto()).isEqualTo(a);
        long mergeId = json.readTree(merge).get("id").asLong();
        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(officerVn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.undoneAt").isNotEmpty());
        assertThat(persons.find(b).orElseThrow().mergedInto()).isNull();
        mvc.perform(get("/api/v1/persons/" + a + "/merges").with(viewerVn()))
                .andExpect(jsonPath("$[*].id", hasItem((int) mergeId)));
    }
}
