package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.homecoming.server.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homecoming.server.audit.AuditEntry;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * From bone to name: a simulated programme is imported through the API, searched automatically in
 * the background, and its best candidates are confirmed by two analysts; statuses, audit log,
 * rejection and the PDF report are checked against the simulation's truth.
 */
@IdentificationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentificationWorkflowTests {

    static final RequestPostProcessor LAB_A = as("lab-a", Side.VN, Role.LAB_ANALYST);
    static final RequestPostProcessor LAB_B = as("lab-b", Side.VN, Role.LAB_ANALYST);
    static final RequestPostProcessor OFFICER = as("officer-vn", Side.VN, Role.CASE_OFFICER);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    Map<String, String> truth = new HashMap<>();
    JsonNode job;
    long confirmed;

    @BeforeAll
    void importAndSearch(@TempDir Path dir) throws Exception {
        ProgrammeSimulator.simulate(SimulationSpec.of(80, 50, 20261130L).withUsShare(0), dir);
        for (String line : Files.readAllLines(dir.resolve("truth.csv")).subList(1, 51)) {
            String[] f = line.split(",", -1);
            if (!f[2].isEmpty()) {
                truth.put(f[0], f[1]);
            }
        }
        var upload = multipart("/api/v1/imports");
        for (String name : List.of("missing_persons.csv", "family_members.csv", "sites.csv", "remains.csv",
                "profiles.csv", "lineage.csv")) {
            upload.file(new MockMultipartFile("files", name, "text/csv", Files.readAllBytes(dir.resolve(name))));
        }
        mvc.perform(upload.with(OFFICER)).andExpect(status().isCreated());
        job = awaitSearch();
    }

    /** The server finds the new profiles by itself and searches them; waits for that job to finish. */
    JsonNode awaitSearch() {
        return await("a NEW search job that compared remains finishes").atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> finishedNewJob(read(get("/api/v1/identification/searches"), LAB_A)), Objects::nonNull);
    }

    /** The NEW job that compared remains and finished, or null. */
    private static JsonNode finishedNewJob(JsonNode jobs) {
        for (JsonNode j : jobs) {
            if (j.get("kind").asText().equals("NEW") && j.get("remainsCount").asInt() > 0
                    && (j.get("status").asText().equals("DONE") || j.get("status").asText().equals("FAILED"))) {
                return j;
            }
        }
        return null;
    }

    JsonNode read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b, RequestPostProcessor u)
            throws Exception {
        String body = mvc.perform(b.with(u)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    JsonNode decide(long candidate, String what, RequestPostProcessor u, String reason, int expected) throws Exception {
        String body = mvc.perform(post("/api/v1/identification/candidates/" + candidate + "/" + what).with(u)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("reason", reason))))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    @Order(1)
    void theSearchRecordsEverythingItsResultsDependOn() {
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("requestedBy").asText()).isEqualTo("system");
        assertThat(job.get("candidateCount").asInt()).isPositive();
        assertThat(job.get("done").asLong()).isEqualTo(job.get("total").asLong()).isPositive();
        assertThat(job.get("engineVersion").asText()).startsWith("homecoming-kinship ");
        assertThat(job.get("indexVersions").asText()).matches("[0-9a-f]{64}");
        assertThat(job.get("engine").asText()).matches("local:\\d+");
        assertThat(job.get("mutationModel").asText()).isEqualTo("proportional(rate=0.001)");
        assertThat(job.get("degradedDropout").asDouble()).isEqualTo(0.05);
        assertThat(job.get("theta").asDouble()).isZero();
        assertThat(job.get("loci").asText().split(",")).hasSize(23).contains("D3S1358", "Penta E");
    }

    @Test
    @Order(2)
    void topCandidatesAboveTheThresholdAreTheTrueFamiliesAndReproduceFromTheRecord() throws Exception {
        JsonNode queue = read(get("/api/v1/identification/queue"), LAB_A);
        assertThat(queue.size()).isGreaterThanOrEqualTo(3);
        int right = 0;
        for (JsonNode e : queue) {
            JsonNode candidates = read(get("/api/v1/identification/remains/" + e.get("remainsId").asLong() + "/candidates"), LAB_A);
            JsonNode best = candidates.get(0);
            assertThat(best.get("candidate").get("log10Lr").asDouble()).isGreaterThanOrEqualTo(4);
            if (best.get("person").get("ref").asText().equals(truth.get(e.get("remainsRef").asText()))
                    || tiedWithTruth(candidates, best, truth.get(e.get("remainsRef").asText()))) {
                right++;
            }
        }
        assertThat(right).isEqualTo(queue.size());
        // every person is on the VN side and none is shared: a US analyst sees no candidate and no name
        assertThat(read(get("/api/v1/identification/queue"), as("lab-us", Side.US, Role.LAB_ANALYST))).isEmpty();
        long candidate = read(get("/api/v1/identification/remains/" + queue.get(0).get("remainsId").asLong()
                + "/candidates"), LAB_A).get(0).get("candidate").get("id").asLong();
        JsonNode detail = read(get("/api/v1/identification/candidates/" + candidate), LAB_A);
        assertThat(detail.get("report").get("reproduced").asBoolean()).isTrue();
        assertThat(detail.get("report").get("dataChanged").asBoolean()).isFalse();
        assertThat(detail.get("report").get("markers").size()).isGreaterThan(5);
        assertThat(detail.get("pedigreeSvg").asText()).startsWith("<svg");
    }

    @Test
    @Order(6)
    void aGraveSiteIsAnalysedAsOneJointDviCase() throws Exception {
        // the site holding most remains whose missing person has a family in the registry
        Map<Long, List<String>> bySite = new HashMap<>();
        jdbc.sql("SELECT r.site_id, r.ref FROM remains r WHERE EXISTS (SELECT 1 FROM sample s JOIN str_call c"
                + " ON c.sample_id = s.id WHERE s.remains_id = r.id)").query(rs -> {
                    if (truth.containsKey(rs.getString(2))) {
                        bySite.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                });
        long site = bySite.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(List::size))).orElseThrow().getKey();
        List<String> expected = bySite.get(site);
        List<Long> persons = new ArrayList<>();
        for (String r : expected) {
            persons.add(jdbc.sql("SELECT id FROM missing_person WHERE ref = ?").param(truth.get(r)).query(Long.class).single());
        }
        persons.add(jdbc.sql("SELECT MIN(person_id) FROM family_member WHERE person_id NOT IN (:ids)").param("ids", persons)
                .query(Long.class).single());
        String body = json.writeValueAsString(Map.of("siteId", site, "personIds", persons, "name", "Mộ tập thể thử nghiệm"));
        long id = json.readTree(mvc.perform(post("/api/v1/identification/dvi").with(LAB_A)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        JsonNode incident = await("the incident's joint analysis").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> read(get("/api/v1/identification/dvi/" + id), LAB_A), i -> i.hasNonNull("result"));
        JsonNode result = incident.get("result");
        assertThat(result.hasNonNull("error")).as(result.toString()).isFalse();
        assertThat(result.get("missing").size()).isEqualTo(persons.size());
        JsonNode best = result.get("joint").get(0).get("assignment");
        for (String r : expected) {
            JsonNode lr = result.path("pairwise").path(r).path(truth.get(r));
            if (lr.isNumber() && lr.asDouble() >= 1e4) {
                assertThat(best.get(r).asText()).as(r).isEqualTo(truth.get(r));
            }
        }
        String page = mvc.perform(get("/identification/dvi/" + id).param("lang", "en").with(LAB_A))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mộ tập thể thử nghiệm", "Best joint assignments", expected.get(0));
    }

    @Test
    @Order(7)
    void aConfirmationNeedsASecondDifferentAnalystAndThenIdentifiesPersonAndRemains() throws Exception {
        JsonNode entry = read(get("/api/v1/identification/queue"), LAB_A).get(0);
        long remainsId = entry.get("remainsId").asLong();
        JsonNode best = read(get("/api/v1/identification/remains/" + remainsId + "/candidates"), LAB_A).get(0);
        long candidate = best.get("candidate").get("id").asLong();
        long personId = best.get("person").get("id").asLong();

        JsonNode first = decide(candidate, "confirm", LAB_A, "STR and place agree", 200);
        assertThat(first.get("status").asText()).isEqualTo("PENDING");
        JsonNode again = decide(candidate, "confirm", LAB_A, "me again", 400);
        assertThat(again.get("error").asText()).contains("second, different analyst");
        mvc.perform(post("/api/v1/identification/candidates/" + candidate + "/confirm").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
        JsonNode second = decide(candidate, "confirm", LAB_B, "reviewed the markers", 200);
        assertThat(second.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(second.get("firstAnalyst").asText()).isEqualTo("lab-a");
        assertThat(second.get("secondAnalyst").asText()).isEqualTo("lab-b");
        assertThat(second.get("posterior").asDouble()).isGreaterThan(0.5);
        confirmed = second.get("id").asLong();

        JsonNode identified = read(get("/api/v1/persons/" + personId), OFFICER);
        assertThat(identified.get("person").get("status").asText()).isEqualTo("IDENTIFIED");
        JsonNode step = identified.get("history").get(identified.get("history").size() - 1);
        assertThat(step.get("status").asText()).isEqualTo("IDENTIFIED");
        assertThat(step.get("note").asText()).isEqualTo("identification " + confirmed + " confirmed by lab-a and lab-b");
        assertThat(step.get("correction").asBoolean()).isFalse();
        JsonNode remains = read(get("/api/v1/remains/" + remainsId), OFFICER);
        assertThat(remains.get("status").asText()).isEqualTo("IDENTIFIED");
        assertThat(remains.get("identifiedPersonId").asLong()).isEqualTo(personId);
        List<AuditEntry> lines = audit.recent(DecisionService.ENTITY, String.valueOf(confirmed), 0, 10);
        assertThat(lines).extracting(AuditEntry::username).contains("lab-a", "lab-b");
        assertThat(audit.recent("PERSON", String.valueOf(personId), 0, 10)).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo("lab-b");
            assertThat(a.detail()).contains("-> IDENTIFIED");
        });
        assertThat(audit.recent("REMAINS", String.valueOf(remainsId), 0, 10))
                .anySatisfy(a -> assertThat(a.detail()).contains("-> IDENTIFIED"));
        JsonNode queue = read(get("/api/v1/identification/queue"), LAB_A);
        List<Long> open = new ArrayList<>();
        queue.forEach(e -> open.add(e.get("remainsId").asLong()));
        assertThat(open).doesNotContain(remainsId);
    }

    @Test
    @Order(3)
    void theReviewPageListsCandidatesAndThePanelShowsMarkersLineageEvidenceAndPedigree() throws Exception {
        JsonNode entry = read(get("/api/v1/identification/queue"), LAB_A).get(0);
        long remainsId = entry.get("remainsId").asLong();
        JsonNode best = read(get("/api/v1/identification/remains/" + remainsId + "/candidates"), LAB_A).get(0);
        String page = mvc.perform(get("/identification/remains/" + remainsId).param("lang", "vi").with(LAB_A))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(entry.get("remainsRef").asText(), best.get("person").get("fullName").asText(),
                "Xác suất hậu nghiệm", "hx-get=\"/identification/candidates/" + best.get("candidate").get("id").asLong() + "\"");
        String panel = mvc.perform(get("/identification/candidates/" + best.get("candidate").get("id").asLong())
                        .param("lang", "en").with(LAB_A))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("the stored LR is reproduced", "D3S1358", "<svg", "class=\"node missing\"",
                "Other evidence", "Markers incompatible without mutation", "name=\"reason\"", "Confirm", "Reject",
                "own reference haplotypes, not in a population reference set (none is loaded on this server)");
        mvc.perform(get("/identification/remains/" + remainsId).with(OFFICER)).andExpect(status().isForbidden());
        String index = mvc.perform(get("/identification").param("lang", "en").with(LAB_A)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(index).contains("Review queue", entry.get("remainsRef").asText(), "id=\"job-" + job.get("id").asLong());
        String row = mvc.perform(get("/identification/searches/" + job.get("id").asLong() + "/progress").with(LAB_A))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).contains("100%").doesNotContain("hx-trigger");
    }

    @Test
    @Order(4)
    void aRunningJobPollsItsProgressUntilItFinishes() throws Exception {
        JsonNode queued = json.readTree(mvc.perform(post("/api/v1/identification/searches").param("kind", "ALL").with(LAB_A))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        long id = queued.get("id").asLong();
        String row = mvc.perform(get("/identification/searches/" + id + "/progress").with(LAB_A))
                .andReturn().getResponse().getContentAsString();
        JsonNode now = read(get("/api/v1/identification/searches/" + id), LAB_A);
        if (!now.get("status").asText().equals("DONE") && row.contains("QUEUED")) {
            assertThat(row).contains("hx-trigger=\"every 1s\"", "hx-get=\"/identification/searches/" + id + "/progress\"");
        }
        await("job " + id + " done").atMost(Duration.ofMinutes(1)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> read(get("/api/v1/identification/searches/" + id), LAB_A).get("status").asText(), "DONE"::equals);
        JsonNode done = read(get("/api/v1/identification/searches/" + id), LAB_A);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("total").asLong()).isEqualTo((long) done.get("remainsCount").asInt() * done.get("familyCount").asInt());
        assertThat(done.get("requestedBy").asText()).isEqualTo("lab-a");
    }

    @Test
    @Order(5)
    void familiesBelowTheThresholdAreListedWithTheRelativeToSample() throws Exception {
        mvc.perform(post("/api/v1/identification/next-samples").with(as("liaison-vn", Side.VN, Role.LIAISON)))
                .andExpect(status().isAccepted());
        JsonNode all = await("power of at least 12 families").atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> read(get("/api/v1/identification/next-samples").param("all", "true"), LAB_A), a -> a.size() >= 12);
        assertThat(all.size()).isGreaterThanOrEqualTo(12);
        JsonNode below = read(get("/api/v1/identification/next-samples"), OFFICER);
        assertThat(below.size()).isPositive().isLessThanOrEqualTo(all.size());
        List<String> belowRefs = new ArrayList<>();
        below.forEach(f -> belowRefs.add(f.get("personRef").asText()));
        for (JsonNode f : all) {
            assertThat(belowRefs.contains(f.get("personRef").asText()))
                    .isEqualTo(f.get("probabilityAtThreshold").asDouble() < 0.5);
        }
        for (JsonNode f : below) {
            assertThat(f.get("probabilityAtThreshold").asDouble()).isLessThan(0.5);
            assertThat(f.get("exclusionPower").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(below).anySatisfy(f -> assertThat(f.path("bestProbability").asDouble())
                .isGreaterThan(f.get("probabilityAtThreshold").asDouble()));
        String page = mvc.perform(get("/identification/next-samples").param("lang", "en")
                .with(as("liaison-vn", Side.VN, Role.LIAISON))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("What to sample next", below.get(0).get("personRef").asText());
    }

    @Test
    @Order(9)
    void aRejectedPairLeavesTheQueueAndCannotBeConfirmed() throws Exception {
        JsonNode entry = read(get("/api/v1/identification/queue").param("minLog10Lr", "-100"), LAB_A).get(0);
        long remainsId = entry.get("remainsId").asLong();
        JsonNode candidates = read(get("/api/v1/identification/remains/" + remainsId + "/candidates"), LAB_A);
        JsonNode last = candidates.get(candidates.size() - 1);
        long candidate = last.get("candidate").get("id").asLong();
        decide(candidate, "reject", LAB_A, "no reason given", 200);
        assertThat(decide(candidate, "confirm", LAB_B, "try", 400).get("error").asText()).contains("not open");
        decide(candidate, "reject", LAB_A, " ", 400);
        JsonNode after = read(get("/api/v1/identification/remains/" + remainsId + "/candidates"), LAB_A);
        after.forEach(c -> {
            if (c.get("candidate").get("id").asLong() == candidate) {
                assertThat(c.get("rejected").asBoolean()).isTrue();
            }
        });
    }

    @Test
    @Order(8)
    void theReportPdfNamesTheCaseTheMarkersTheAssumptionsAndBothAnalysts() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/identification/decisions/" + confirmed + "/report.pdf").param("lang", "vi")
                        .with(LAB_B)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        JsonNode decision = read(get("/api/v1/identification/decisions/" + confirmed), LAB_A);
        JsonNode person = read(get("/api/v1/persons/" + decision.get("personId").asLong()), OFFICER).get("person");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
        assertThat(text).contains("Báo cáo giám định danh tính", person.get("fullName").asText(), "D3S1358",
                "proportional(rate=0.001)", "east-asia-norstr-2023", "lab-a", "lab-b", "Xác suất hậu nghiệm",
                "Tính toán trên", "máy chủ này", job.get("indexVersions").asText().substring(0, 16));
        byte[] en = mvc.perform(get("/api/v1/identification/decisions/" + confirmed + "/report.pdf").param("lang", "en")
                .with(LAB_A)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(en)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Identification report", "Posterior probability",
                    "Computed on", "this server, ", "Compiled family index");
        }
        assertThat(audit.recent(DecisionService.ENTITY, String.valueOf(confirmed), 0, 20))
                .anySatisfy(a -> assertThat(a.action()).isEqualTo("EXPORT_GENETIC"));
    }

    /**
     * Whether the true missing person is a candidate with exactly the best LR: two missing brothers placed
     * alike in one family's pedigree cannot be told apart by one remains, and the order between them is
     * only the tie-break (docs/kinship-search.md, several missing persons).
     */
    private static boolean tiedWithTruth(JsonNode candidates, JsonNode best, String truthRef) {
        for (JsonNode c : candidates) {
            if (c.get("person").get("ref").asText().equals(truthRef)) {
                return c.get("candidate").get("log10Lr").asDouble() == best.get("candidate").get("log10Lr").asDouble();
            }
        }
        return false;
    }
}
