package org.homecoming.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.homecoming.server.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every access to genetic data, every sharing and every status change leaves a line saying who,
 * when and what: each test performs one such action through a page or the API, as a real user
 * would, then reads the audit log back through {@code GET /api/v1/audit} as an administrator.
 * Runs on a database of its own with a small simulated programme searched in the background.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-audit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-audit",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.power-simulations=20",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailTests {

    static final RequestPostProcessor LAB_A = as("lab-a", Side.VN, Role.LAB_ANALYST);
    static final RequestPostProcessor LAB_B = as("lab-b", Side.VN, Role.LAB_ANALYST);
    static final RequestPostProcessor OFFICER = as("officer-vn", Side.VN, Role.CASE_OFFICER);
    static final RequestPostProcessor LIAISON = as("liaison-vn", Side.VN, Role.LIAISON);
    static final RequestPostProcessor FIELD = as("field-vn", Side.VN, Role.FIELD_TEAM);
    static final RequestPostProcessor ADMIN = as("admin", Side.VN, Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    long remainsId;
    long candidateId;
    long personId;
    long decisionId;
    OffsetDateTime before;

    @BeforeAll
    void importAndSearch(@TempDir Path dir) throws Exception {
        ProgrammeSimulator.simulate(SimulationSpec.of(40, 25, 20261204L).withUsShare(0), dir);
        var upload = multipart("/api/v1/imports");
        for (String name : List.of("missing_persons.csv", "family_members.csv", "sites.csv", "remains.csv",
                "profiles.csv", "lineage.csv")) {
            upload.file(new MockMultipartFile("files", name, "text/csv", Files.readAllBytes(dir.resolve(name))));
        }
        mvc.perform(upload.with(OFFICER)).andExpect(status().isCreated());
        JsonNode entry = await("the review queue fills").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> read(get("/api/v1/identification/queue"), LAB_A), q -> !q.isEmpty()).get(0);
        remainsId = entry.get("remainsId").asLong();
        JsonNode best = read(get("/api/v1/identification/remains/" + remainsId + "/candidates"), LAB_A).get(0);
        candidateId = best.get("candidate").get("id").asLong();
        personId = best.get("person").get("id").asLong();
    }

    @BeforeEach
    void markTheStart() {
        before = OffsetDateTime.now().minusNanos(1_000_000);
    }

    JsonNode read(MockHttpServletRequestBuilder b, RequestPostProcessor u) throws Exception {
        return json.readTree(mvc.perform(b.with(u)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    String page(String path, RequestPostProcessor u) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(u)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The lines of one record written since the test began, read back as an administrator. */
    List<JsonNode> linesSinceStart(String entityType, Object entityId) throws Exception {
        var request = get("/api/v1/audit").param("entityType", entityType).param("size", "200");
        if (entityId != null) {
            request.param("entityId", entityId.toString());
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode line : read(request, ADMIN).get("items")) {
            if (!OffsetDateTime.parse(line.get("at").asText()).isBefore(before)) {
                out.add(line);
            }
        }
        return out;
    }

    /** The one line of {@code action} on the record by {@code who} since the test began, with its time checked. */
    JsonNode line(String who, String action, String entityType, Object entityId) throws Exception {
        List<JsonNode> found = linesSinceStart(entityType, entityId).stream()
                .filter(l -> l.get("username").asText().equals(who) && l.get("action").asText().equals(action)).toList();
        assertThat(found).as("%s %s %s %s", who, action, entityType, entityId).hasSize(1);
        JsonNode l = found.get(0);
        assertThat(OffsetDateTime.parse(l.get("at").asText())).isBetween(before, OffsetDateTime.now());
        if (entityId != null) {
            assertThat(l.get("entityId").asText()).isEqualTo(entityId.toString());
        }
        return l;
    }

    @Test
    @Order(1)
    void aProfileReadThroughTheApiIsAViewOfGeneticDataBySample() throws Exception {
        long sample = jdbc.sql("SELECT MIN(id) FROM sample WHERE remains_id = ?").param(remainsId).query(Long.class).single();
        String ref = jdbc.sql("SELECT ref FROM sample WHERE id = ?").param(sample).query(String.class).single();
        JsonNode profile = read(get("/api/v1/samples/" + sample + "/profile"), LAB_A);
        assertThat(profile.get("sampleRef").asText()).isEqualTo(ref);
        assertThat(profile.get("calls").size()).isPositive();
        assertThat(line("lab-a", "VIEW_GENETIC", "SAMPLE", sample).get("detail").asText()).contains("REMAINS profile " + ref);

        read(get("/api/v1/profiles").param("subjectType", "REMAINS").param("subjectId", String.valueOf(remainsId)), LAB_B);
        assertThat(line("lab-b", "VIEW_GENETIC", "SAMPLE", sample).get("detail").asText()).contains(ref);
    }

    @Test
    @Order(2)
    void theReviewPageAndTheEvidencePanelAreViewsOfGeneticData() throws Exception {
        assertThat(page("/identification/remains/" + remainsId, LAB_A)).contains("hx-get=\"/identification/candidates/"
                + candidateId + "\"");
        assertThat(line("lab-a", "VIEW_GENETIC", "REMAINS", remainsId).get("detail").asText())
                .startsWith("identification candidates (");

        assertThat(page("/identification/candidates/" + candidateId, LAB_A)).contains("D3S1358");
        String ref = jdbc.sql("SELECT ref FROM missing_person WHERE id = ?").param(personId).query(String.class).single();
        assertThat(line("lab-a", "VIEW_GENETIC", "CANDIDATE", candidateId).get("detail").asText()).endsWith("against " + ref);

        read(get("/api/v1/identification/candidates/" + candidateId), LAB_B);
        line("lab-b", "VIEW_GENETIC", "CANDIDATE", candidateId);
    }

    @Test
    @Order(3)
    void theReviewQueueOnThePageAndInTheApiIsAViewOfGeneticData() throws Exception {
        assertThat(page("/identification", LAB_A)).contains("Review queue");
        assertThat(line("lab-a", "VIEW_GENETIC", "QUEUE", null).get("detail").asText())
                .startsWith("review queue: ").endsWith("log10 LR >= 4.0");
        read(get("/api/v1/identification/queue").param("minLog10Lr", "2"), LAB_B);
        assertThat(line("lab-b", "VIEW_GENETIC", "QUEUE", null).get("detail").asText()).endsWith(">= 2.0");
    }

    @Test
    @Order(4)
    void aConfirmationByTwoAnalystsRecordsBothAndEveryStatusItChanges() throws Exception {
        decide("lab-a", LAB_A);
        JsonNode first = line("lab-a", "CREATE", "IDENTIFICATION", decisionId);
        assertThat(first.get("detail").asText()).contains("first confirmation of remains " + remainsId + " as person "
                + personId, "STR and place agree");
        decide("lab-b", LAB_B);
        assertThat(line("lab-b", "UPDATE", "IDENTIFICATION", decisionId).get("detail").asText())
                .contains("confirmed by lab-a and lab-b");
        assertThat(line("lab-b", "UPDATE", "PERSON", personId).get("detail").asText()).contains("-> IDENTIFIED",
                "identification " + decisionId);
        assertThat(line("lab-b", "UPDATE", "REMAINS", remainsId).get("detail").asText()).contains("-> IDENTIFIED as person "
                + personId);
    }

    void decide(String who, RequestPostProcessor u) throws Exception {
        JsonNode d = json.readTree(mvc.perform(post("/api/v1/identification/candidates/" + candidateId + "/confirm").with(u)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("reason", "STR and place agree"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        decisionId = d.get("id").asLong();
        assertThat(d.get(who.equals("lab-a") ? "firstAnalyst" : "secondAnalyst").asText()).isEqualTo(who);
    }

    @Test
    @Order(5)
    void theReportAsPdfAndAsHtmlAndTheDecisionItselfAreAudited() throws Exception {
        byte[] pdf = mvc.perform(get("/identification/decisions/" + decisionId + "/report.pdf").param("lang", "en")
                .with(LAB_A)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(line("lab-a", "EXPORT_GENETIC", "IDENTIFICATION", decisionId).get("detail").asText())
                .startsWith("identification report (pdf, en) of remains ");

        mvc.perform(get("/api/v1/identification/decisions/" + decisionId + "/report.pdf").with(LAB_B))
                .andExpect(status().isOk());
        assertThat(line("lab-b", "EXPORT_GENETIC", "IDENTIFICATION", decisionId).get("detail").asText())
                .startsWith("identification report (pdf, vi)");

        before = OffsetDateTime.now().minusNanos(1_000_000);
        mvc.perform(get("/identification/decisions/" + decisionId + "/report").param("lang", "vi").with(LAB_A))
                .andExpect(status().isOk());
        assertThat(line("lab-a", "EXPORT_GENETIC", "IDENTIFICATION", decisionId).get("detail").asText())
                .startsWith("identification report (html, vi)");

        read(get("/api/v1/identification/decisions/" + decisionId), LAB_B);
        assertThat(line("lab-b", "VIEW_GENETIC", "IDENTIFICATION", decisionId).get("detail").asText())
                .isEqualTo("CONFIRMED decision on remains " + remainsId + " as person " + personId);
    }

    @Test
    @Order(6)
    void aDviIncidentsJointAnalysisIsAViewOfGeneticData() throws Exception {
        long site = jdbc.sql("SELECT site_id FROM remains WHERE id = ?").param(remainsId).query(Long.class).single();
        String body = json.writeValueAsString(Map.of("siteId", site, "personIds", List.of(personId), "name", "Đồi 31"));
        long id = json.readTree(mvc.perform(post("/api/v1/identification/dvi").with(LAB_A)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(line("lab-a", "CREATE", "DVI_INCIDENT", id).get("detail").asText()).isEqualTo("Đồi 31");

        before = OffsetDateTime.now().minusNanos(1_000_000);
        page("/identification/dvi/" + id, LAB_B);
        assertThat(line("lab-b", "VIEW_GENETIC", "DVI_INCIDENT", id).get("detail").asText())
                .isEqualTo("joint analysis of Đồi 31 (1 missing persons, site " + site + ")");
    }

    @Test
    @Order(7)
    void aSharingAndItsRevocationSayWhoSharedWhatWithWhomOnWhichConsent() throws Exception {
        long member = jdbc.sql("SELECT MIN(id) FROM family_member WHERE consent_share = TRUE AND consent_withdrawn IS NULL"
                + " AND person_id <> ?").param(personId).query(Long.class).single();
        long person = jdbc.sql("SELECT person_id FROM family_member WHERE id = ?").param(member).query(Long.class).single();
        String body = json.writeValueAsString(Map.of("recordType", "PERSON", "recordId", person, "consentMember", member,
                "consentBasis", "consent form signed 2026-11-02"));
        long sharing = json.readTree(mvc.perform(post("/api/v1/sharing").with(LIAISON).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        assertThat(line("liaison-vn", "SHARE", "PERSON", person).get("detail").asText())
                .isEqualTo("to US: consent form signed 2026-11-02");

        JsonNode revoked = read(delete("/api/v1/sharing/" + sharing), LIAISON);
        assertThat(revoked.hasNonNull("revokedAt")).isTrue();
        assertThat(line("liaison-vn", "UNSHARE", "PERSON", person).get("detail").asText())
                .isEqualTo("sharing " + sharing + " with US revoked");
        assertThat(json.readTree(mvc.perform(delete("/api/v1/sharing/" + sharing).with(LIAISON))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).get("error").asText())
                .isEqualTo("sharing " + sharing + " is already revoked");
    }

    @Test
    @Order(8)
    void aSharingCanBeRevokedOnlyByTheSideThatMadeIt() throws Exception {
        long member = jdbc.sql("SELECT MAX(id) FROM family_member WHERE consent_share = TRUE AND consent_withdrawn IS NULL")
                .query(Long.class).single();
        long person = jdbc.sql("SELECT person_id FROM family_member WHERE id = ?").param(member).query(Long.class).single();
        String body = json.writeValueAsString(Map.of("recordType", "PERSON", "recordId", person, "consentMember", member,
                "consentBasis", "agreement"));
        long sharing = json.readTree(mvc.perform(post("/api/v1/sharing").with(LIAISON).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
        String answer = mvc.perform(delete("/api/v1/sharing/" + sharing).with(as("liaison-us", Side.US, Role.LIAISON)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(answer).get("error").asText())
                .isEqualTo("sharing " + sharing + " was made by side VN; only that side can revoke it");
        mvc.perform(delete("/api/v1/sharing/" + sharing).with(OFFICER)).andExpect(status().isForbidden());
        assertThat(linesSinceStart("PERSON", person)).noneMatch(l -> l.get("action").asText().equals("UNSHARE"));
    }

    @Test
    @Order(9)
    void aPersonsStatusChangedInAnEditSaysFromWhatToWhat() throws Exception {
        long id = jdbc.sql("SELECT MIN(id) FROM missing_person WHERE status = 'MISSING'").query(Long.class).single();
        JsonNode p = read(get("/api/v1/persons/" + id), OFFICER).get("person");
        String body = json.writeValueAsString(Map.of("side", "VN", "fullName", p.get("fullName").asText(), "sex",
                p.get("sex").asText(), "status", "REMAINS_RECOVERED", "source", p.get("source").asText(), "version",
                p.get("version").asInt()));
        mvc.perform(put("/api/v1/persons/" + id).with(OFFICER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        assertThat(line("officer-vn", "UPDATE", "PERSON", id).get("detail").asText()).contains("MISSING",
                "REMAINS_RECOVERED");
    }

    @Test
    @Order(10)
    void aRemainsStatusSetThroughTheApiSaysFromWhatToWhat() throws Exception {
        JsonNode r = read(get("/api/v1/remains"), FIELD).get("items").get(0);
        long id = r.get("id").asLong();
        String body = json.writeValueAsString(Map.of("status", "SAMPLED", "version", r.get("version").asInt()));
        mvc.perform(put("/api/v1/remains/" + id + "/status").with(FIELD).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk());
        assertThat(line("field-vn", "UPDATE", "REMAINS", id).get("detail").asText())
                .isEqualTo("status " + r.get("status").asText() + " -> SAMPLED");
    }
}
