package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.homecoming.server.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.registry.GeneticProfile;
import org.homecoming.server.registry.GeneticsRepository;
import org.homecoming.server.registry.Sample;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * "What to sample next" kept current in the background: a simulated programme is imported, the job
 * computes every family, a new reference profile marks its family stale and the job recomputes it
 * after the debounce; the page shows each family's chance today and with each relative's sample,
 * formatted for the reader's language, and the progress fragment polls only while the job runs.
 * Scans are called by the tests (automatic scanning off) so that each step is seen.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-power;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-power",
    "homecoming.identification.auto-search-seconds=0",
    "homecoming.identification.power-scan-seconds=0",
    "homecoming.identification.power-simulations=50",
    "homecoming.identification.threads=1",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NextSamplesTests {

    static final RequestPostProcessor LIAISON = as("liaison-vn", Side.VN, Role.LIAISON);

    @Autowired
    FamilyPowerJob job;
    @Autowired
    FamilyPowerRepository rows;
    @Autowired
    GeneticData data;
    @Autowired
    GeneticsRepository genetics;
    @Autowired
    IdentificationWorker worker;
    @Autowired
    FrequencyRepository frequencies;
    @Autowired
    ImportService imports;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    void importProgramme(@TempDir Path dir) {
        ProgrammeSimulator.simulate(SimulationSpec.of(30, 5, 20261204L).withUsShare(0), dir);
        installation.asSystem(() -> imports.commit(dir));
    }

    @Test
    void addingAReferenceProfileMarksTheFamilyStaleAndTheJobRecomputesIt() throws Exception {
        job.scan();
        awaitIdle();
        int typed = (int) data.families(null).stream().filter(FamilyData::typed).count();
        assertThat(rows.list("VN", false)).hasSize(typed).allSatisfy(f -> assertThat(f.stale()).isFalse());
        FamilyPower before = rows.list("VN", false).stream().filter(f -> !f.candidates().isEmpty()).findFirst()
                .orElseThrow();
        String member = before.candidates().get(0).memberRef();
        PowerProgress firstRun = job.progress();

        job.scan();
        assertThat(job.progress()).as("nothing changed: nothing queued").isEqualTo(firstRun);

        addReference(before.personId(), member);
        job.scan();
        FamilyPower marked = find(before.personId());
        assertThat(marked.stale()).isTrue();
        assertThat(marked.computedAt()).isEqualTo(before.computedAt());
        assertThat(job.progress()).as("debounced: queued only once unchanged for a scan").isEqualTo(firstRun);

        job.scan();
        awaitIdle();
        FamilyPower after = find(before.personId());
        assertThat(job.progress().startedAt()).isAfter(firstRun.finishedAt());
        assertThat(job.progress().total()).isEqualTo(1);
        assertThat(after.stale()).isFalse();
        assertThat(after.computedAt()).isAfter(before.computedAt());
        assertThat(after.referencesTyped()).isEqualTo(before.referencesTyped() + 1);
        assertThat(after.candidates()).extracting(CandidatePower::memberRef).doesNotContain(member)
                .hasSize(before.candidates().size() - 1);
        assertThat(rows.bases().get(before.personId()).dataHash())
                .isEqualTo(data.families(Set.of(before.personId())).get(0).hash());
    }

    @Test
    void thePageShowsTodaysChanceAndTheChanceWithEachRelativeInTheReadersLanguage() throws Exception {
        FamilyData f = data.families(null).stream().filter(FamilyData::typed).findFirst().orElseThrow();
        String first = f.members().get(0).ref();
        String second = f.members().get(1).ref();
        // 12.5% today from 200 simulations: standard error √(0.125 · 0.875 / 200) = 0.0234 = 2.3%.
        rows.store(new FamilyPowerRepository.Row(f.personId(), f.familyRef(), 1, 1.5, 0.25, 0.125, 1e4, first, 0.84,
                4.2, 200, 7, frequencies.active().id(), f.hash()),
                List.of(new CandidatePower(first, null, null, 0.84, 4.2), new CandidatePower(second, null, null, 0.5, 3.1)));
        rows.markStale(f.personId());
        // None of 200 reached the threshold: the rule of three bounds the chance by 3/200 = 1.5%.
        FamilyData g = data.families(null).stream().filter(FamilyData::typed).skip(1).findFirst().orElseThrow();
        rows.store(new FamilyPowerRepository.Row(g.personId(), g.familyRef(), 1, 0.4, 0, 0, 1e4, null, null, null, 200,
                7, frequencies.active().id(), g.hash()), List.of());
        String en = page("en");
        String none = en.substring(en.indexOf("id=\"power-" + g.personRef() + "\""));
        assertThat(none.substring(0, none.indexOf("</tr>"))).contains("<span class=\"chance-today\">0.0%</span>",
                "none of 200 simulations reached it: below 1.5% at 95% confidence", "no living relative left to sample")
                .doesNotContain("±");
        String row = en.substring(en.indexOf("id=\"power-" + f.personRef() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<span class=\"chance-today\">12.5%</span>", "± 2.3% (Monte-Carlo standard error, 200",
                "references changed; being recomputed");
        assertThat(row.indexOf(": 84.0%")).isPositive().isLessThan(row.indexOf(": 50.0%"));
        String vi = page("vi");
        assertThat(vi).contains("<span class=\"chance-today\">12,5%</span>", "± 2,3% (sai số chuẩn Monte-Carlo",
                ": 84,0%", ": 50,0%", "P(LR ≥ ngưỡng) hiện nay");
    }

    @Test
    void theProgressFragmentPollsWhileTheJobRunsAndStopsWhenItIsDone() throws Exception {
        awaitIdle();
        // The one power thread is held, so the run stays at 0 done until the latch opens.
        CountDownLatch hold = new CountDownLatch(1);
        worker.submitBackground(() -> {
            try {
                hold.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int typed = (int) data.families(null).stream().filter(FamilyData::typed).count();
        mvc.perform(post("/api/v1/identification/next-samples").with(LIAISON)).andExpect(status().isAccepted());
        JsonNode running = progressJson();
        assertThat(running.get("total").asInt()).isEqualTo(typed);
        assertThat(running.get("done").asInt()).isZero();
        assertThat(running.get("finishedAt").isNull()).isTrue();
        String polling = fragment();
        assertThat(polling).contains("hx-get=\"/identification/next-samples/progress\"", "hx-trigger=\"every 1s\"",
                "<progress max=\"100\" value=\"0\">", "Computing: 0 of " + typed + " families");
        hold.countDown();
        awaitIdle();
        JsonNode done = progressJson();
        assertThat(done.get("done").asInt()).isEqualTo(typed);
        assertThat(done.get("failed").asInt()).isZero();
        assertThat(OffsetDateTime.parse(done.get("finishedAt").asText()))
                .isAfterOrEqualTo(OffsetDateTime.parse(done.get("startedAt").asText()));
        String finished = fragment();
        assertThat(finished).doesNotContain("hx-trigger").contains("<progress max=\"100\" value=\"100\">",
                "Last run: " + typed + " of " + typed + " families in");
    }

    private void addReference(long personId, String memberRef) {
        long memberId = jdbc.sql("SELECT id FROM family_member WHERE ref = ?").param(memberRef).query(Long.class).single();
        jdbc.sql("UPDATE family_member SET consent_dna = TRUE, consent_withdrawn = NULL WHERE id = ?").param(memberId)
                .update();
        long sample = genetics.insertSample(new Sample(0, "DNA-NEW-" + memberRef, "FAMILY_MEMBER", null, memberId, "PPF6C",
                false));
        // The new relative's calls copy one existing reference's: possible for any relative when
        // mutation is allowed, and enough to change the family's data.
        jdbc.sql("SELECT c.locus, c.allele1, c.allele2 FROM str_call c WHERE c.sample_id = (SELECT MIN(s.id) FROM sample s"
                        + " JOIN family_member f ON f.id = s.family_member_id WHERE f.person_id = ? AND f.consent_dna = TRUE"
                        + " AND f.id <> ? AND EXISTS (SELECT 1 FROM str_call x WHERE x.sample_id = s.id))")
                .params(personId, memberId)
                .query((rs, n) -> new GeneticProfile.StrCall(rs.getString(1), rs.getString(2), rs.getString(3), "OK"))
                .list().forEach(c -> genetics.addCall(sample, c));
    }

    private FamilyPower find(long personId) {
        return rows.list("VN", false).stream().filter(f -> f.personId() == personId).findFirst().orElseThrow();
    }

    private String page(String lang) throws Exception {
        return mvc.perform(get("/identification/next-samples").param("all", "true").param("lang", lang).with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String fragment() throws Exception {
        return mvc.perform(get("/identification/next-samples/progress").param("lang", "en").with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode progressJson() throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/identification/next-samples/progress").with(LIAISON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Waits (at most two minutes) until no power run is in progress. */
    private void awaitIdle() {
        await("no power run in progress").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> !job.progress().running());
    }
}
