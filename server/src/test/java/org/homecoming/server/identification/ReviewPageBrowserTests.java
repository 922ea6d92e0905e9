package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.homecoming.server.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserService;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a lab analyst clicks on the review page, in headless Chromium against the running server: a
 * small simulated programme is imported and searched as in {@link IdentificationWorkflowTests}; the
 * analyst logs in, opens the queue and a remains, reads the candidates and one candidate's markers
 * and pedigree, types another prior and gives the first confirmation. Everything the page shows is
 * compared with what the database and the engine hold.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (paths overridable with the system
 * properties {@code homecoming.chromium} and {@code homecoming.chromedriver}); without them the test
 * is skipped and says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-review-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-review-browser",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.power-simulations=50",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
class ReviewPageBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ANALYST = "analyst-a";
    private static final String PASSWORD = "a long browser-test passphrase";
    /** How PedigreeSvg fills a family member with a DNA profile. */
    private static final String TYPED_FILL = "#7fb3d5";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserService users;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    PairAnalysis analysis;
    @Autowired
    PersonRepository persons;
    @Autowired
    FamilyRepository families;

    private HeadlessChromium chromium;
    private WebDriver browser;

    /** Static, so that without a browser the test is skipped before the server starts. */
    @BeforeAll
    static void browserIsInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeEach
    void importSearchAndOpenBrowser(@TempDir Path dir) throws Exception {
        // Small, so that the background search takes seconds; all on the VN side, so the analyst sees every candidate.
        ProgrammeSimulator.simulate(SimulationSpec.of(24, 12, 20261130L).withUsShare(0), dir);
        var upload = multipart("/api/v1/imports");
        for (String name : List.of("missing_persons.csv", "family_members.csv", "sites.csv", "remains.csv",
                "profiles.csv", "lineage.csv")) {
            upload.file(new MockMultipartFile("files", name, "text/csv", Files.readAllBytes(dir.resolve(name))));
        }
        mvc.perform(upload.with(as("officer-vn", Side.VN, Role.CASE_OFFICER))).andExpect(status().isCreated());
        JsonNode job = awaitSearch();
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        users.create(ANALYST, PASSWORD, Side.VN, Set.of(Role.LAB_ANALYST));

        chromium = HeadlessChromium.open("en");
        browser = chromium.driver();
    }

    /** The server finds the imported profiles by itself and searches them; waits for that job. */
    private JsonNode awaitSearch() {
        return await("a NEW search job that compared remains finishes").atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(this::finishedNewJob, Objects::nonNull);
    }

    /** The NEW job that compared remains and finished, or null. */
    private JsonNode finishedNewJob() throws Exception {
        String body = mvc.perform(get("/api/v1/identification/searches").with(as("lab-a", Side.VN, Role.LAB_ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode j : json.readTree(body)) {
            String s = j.get("status").asText();
            if (j.get("kind").asText().equals("NEW") && j.get("remainsCount").asInt() > 0
                    && (s.equals("DONE") || s.equals("FAILED"))) {
                return j;
            }
        }
        return null;
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A number as the page prints it (English locale; any grouping commas dropped). */
    private static double number(WebElement e) {
        return Double.parseDouble(e.getText().trim().replace(",", ""));
    }

    @Test
    void anAnalystReviewsACandidateChangesThePriorAndGivesTheFirstConfirmation() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(url("/identification?lang=en"));
        assertThat(browser.getCurrentUrl()).as("the browser is sent to the login form").endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(ANALYST);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();

        // The queue lists exactly the remains the database has open candidates for, best first.
        List<QueueEntry> queue = candidates.queue(4, "VN", 500);
        assertThat(queue).as("the small programme gives candidates above LR 10^4").isNotEmpty();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.queue")));
        List<WebElement> links = browser.findElements(By.cssSelector("table.queue td a"));
        assertThat(links).extracting(WebElement::getText).containsExactlyElementsOf(
                queue.stream().map(QueueEntry::remainsRef).toList());
        QueueEntry entry = queue.get(0);
        links.get(0).click();

        // The remains' candidates, with their LR, in the order the search stored them.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.candidates")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(entry.remainsRef());
        List<StoredCandidate> stored = candidates.currentFor(entry.remainsId());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.candidates tbody tr"));
        assertThat(rows).hasSize(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            MissingPerson p = persons.find(stored.get(i).personId()).orElseThrow();
            assertThat(cells.get(0).getText()).isEqualTo(p.fullName() + " (" + p.ref() + ")");
            assertThat(number(cells.get(1))).as("log10 LR of " + p.ref()).isCloseTo(stored.get(i).log10Lr(), within(0.005));
        }

        // The best candidate's evidence panel, drawn by htmx under the table.
        StoredCandidate best = stored.get(0);
        PairReport report = analysis.analyse(best);
        MissingPerson person = persons.find(best.personId()).orElseThrow();
        rows.get(0).findElement(By.tagName("button")).click();
        WebElement detail = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail .candidate-detail")));
        assertThat(detail.findElement(By.tagName("h3")).getText()).isEqualTo(person.fullName() + " (" + person.ref() + ")");
        assertThat(detail.getText()).contains("the stored LR is reproduced");
        List<WebElement> markerRows = detail.findElements(By.cssSelector("table.markers tbody tr"));
        assertThat(markerRows).hasSize(report.markers().size()).hasSizeGreaterThan(5);
        for (int i = 0; i < markerRows.size(); i++) {
            MarkerRow expected = report.markers().get(i);
            List<WebElement> cells = markerRows.get(i).findElements(By.tagName("td"));
            assertThat(cells.get(0).getText()).isEqualTo(expected.locus());
            assertThat(cells.get(1).getText()).isEqualTo(expected.remains());
            assertThat(number(cells.get(3))).as(expected.locus()).isCloseTo(expected.lr(), within(5e-5 * Math.max(1, expected.lr())));
        }
        WebElement svg = detail.findElement(By.cssSelector(".pedigree svg"));
        // a brother missing too (docs/formats.md, several missing persons in one family) is marked as well
        long head = families.headOf(person.id()).orElse(person.id());
        assertThat(svg.findElements(By.cssSelector("g.node.missing"))).as("the missing persons are marked")
                .hasSize(1 + families.missingRows(head).size());
        long typedNodes = svg.findElements(By.cssSelector("g.node rect, g.node circle")).stream()
                .filter(shape -> TYPED_FILL.equals(shape.getAttribute("fill"))).count();
        assertThat(typedNodes).as("typed relatives are filled").isEqualTo(families.profiled(head).size())
                .isPositive();

        // Another prior: the posterior is recomputed by the server as the analyst types.
        WebElement prior = detail.findElement(By.cssSelector("input[name=prior]"));
        WebElement posterior = detail.findElement(By.id("posterior-" + best.id()));
        // the posterior stands on the combined LR (autosomal and lineage), as the confirmation records it
        double combined = analysis.analyse(best).combinedLog10Lr();
        assertThat(Double.parseDouble(posterior.getText()))
                .isCloseTo(posteriorOf(Double.parseDouble(prior.getAttribute("value")), combined), within(1e-6));
        // a prior as small as 1/LR puts the posterior near one half, where it visibly moves
        double newPrior = Math.pow(10, -Math.round(combined));
        String expected = String.format(Locale.ROOT, "%.6f", posteriorOf(newPrior, combined));
        assertThat(posterior.getText()).isNotEqualTo(expected);
        prior.clear();
        prior.sendKeys(String.format(Locale.ROOT, "%.0e", newPrior));
        wait.until(ExpectedConditions.textToBePresentInElement(posterior, expected));
        assertThat(Double.parseDouble(expected)).isBetween(0.2, 0.8);

        // First confirmation: the pair waits for a second analyst, on the page and in the database.
        WebElement confirm = detail.findElement(By.cssSelector("form[action$='/confirm']"));
        confirm.findElement(By.name("reason")).sendKeys("STR và nơi tìm thấy khớp");
        confirm.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(detail));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.decisions")));
        Decision pending = decisions.pending(entry.remainsId(), best.personId()).orElseThrow();
        assertThat(pending.status()).isEqualTo("PENDING");
        assertThat(pending.firstAnalyst()).isEqualTo(ANALYST);
        assertThat(pending.secondAnalyst()).isNull();
        assertThat(pending.prior()).as("the decision is taken on the prior the analyst typed").isCloseTo(newPrior,
                within(newPrior * 1e-9));
        assertThat(pending.posterior()).as("the decision records the posterior the analyst saw")
                .isCloseTo(Double.parseDouble(expected), within(1e-6));
        List<WebElement> decisionCells = browser.findElements(By.cssSelector("table.decisions tr td"));
        assertThat(decisionCells).extracting(WebElement::getText)
                .contains(String.valueOf(pending.id()), "PENDING", ANALYST + ": STR và nơi tìm thấy khớp");
        WebElement bestRow = browser.findElements(By.cssSelector("table.candidates tbody tr")).get(0);
        assertThat(bestRow.getText()).contains(person.ref(), "waiting for a second analyst (" + ANALYST + ")");
        assertThat(candidates.queue(4, "VN", 500)).filteredOn(q -> q.remainsId() == entry.remainsId())
                .singleElement().extracting(QueueEntry::pendingSecond).isEqualTo(true);
    }

    /** Bayes' rule on the odds scale, written out here so that the page is checked against an independent sum. */
    private static double posteriorOf(double prior, double log10Lr) {
        return 1 / (1 + (1 - prior) / prior * Math.pow(10, -log10Lr));
    }
}
