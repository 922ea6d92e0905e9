package org.homecoming.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.homecoming.server.TestUsers.as;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonForm;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hostile names in every record that reaches a map, chart, popup, table, pedigree or report, and
 * every page that shows them opened in headless Chromium: the names are shown as the text they
 * are, no script of theirs runs, and the browser reports no Content-Security-Policy violation, so
 * the pages' own scripts (Leaflet, Chart.js, htmx, the files under {@code static/js}) all work
 * under the strict policy.
 *
 * <p>A small simulated programme is imported and searched (as in {@code ReviewPageBrowserTests});
 * a field team then creates a site and remains with hostile names through the API, a case officer
 * renames the best candidate through the API, the archive gets a hostile document and artifact, and
 * two analysts confirm the identification, so that the report names them too. A listener for
 * {@code securitypolicyviolation} is installed before any page script runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-hostile-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-hostile-browser",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.power-simulations=50",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
class HostileNamesBrowserTests {

    /** An element with an event handler. */
    static final String IMG = "Zyxhostile <img src=x onerror=\"window.__xss=1\">";
    /** Breaks out of an attribute and opens a script. */
    static final String SCRIPT = "\"><script>window.__xss=2</script>";
    /** A URL that runs script where a link is built from data. */
    static final String JS_URL = "javascript:window.__xss=3";
    /** SVG with a handler, for the drawn pedigree. */
    static final String SVG = "<svg onload=\"window.__xss=4\">Zyxrelative";

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String READER = "hostile-reader";
    private static final String PASSWORD = "a long browser-test passphrase";
    private static final RequestPostProcessor FIELD = as("field-vn", Side.VN, Role.FIELD_TEAM);
    private static final RequestPostProcessor OFFICER = as("officer-vn", Side.VN, Role.CASE_OFFICER);
    private static final RequestPostProcessor LAB_A = as("lab-a", Side.VN, Role.LAB_ANALYST);
    private static final RequestPostProcessor LAB_B = as("lab-b", Side.VN, Role.LAB_ANALYST);
    private static final RequestPostProcessor ARCHIVIST = as("archivist-vn", Side.VN, Role.ADMIN);

    /**
     * Installed before any page script: collects the Content-Security-Policy violations of the
     * document, and marks the moment a script from the page sets {@code window.__xss}.
     */
    private static final String VIOLATION_LISTENER = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__csp.push("
            + "e.violatedDirective + ' blocked ' + e.blockedURI + ' in ' + e.sourceFile + ':' + e.lineNumber));";

    /** Prepared once: the simulation and search take seconds. */
    private static Hostile hostile;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    PersonRepository persons;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    /** What the set-up made hostile. */
    record Hostile(long siteId, long remainsId, long queueRemainsId, long personId, String personName,
            long documentId, long artifactId, long decisionId) {
    }

    @BeforeAll
    static void browserIsInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeEach
    void prepareAndOpenBrowser(@TempDir Path dir) throws Exception {
        if (hostile == null) {
            hostile = prepare(dir);
        }
        chromium = HeadlessChromium.open("en");
        browser = chromium.driver();
        wait = new WebDriverWait(browser, WAIT);
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", VIOLATION_LISTENER));
        logIn();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Hostile prepare(Path dir) throws Exception {
        ProgrammeSimulator.simulate(SimulationSpec.of(24, 12, 20261204L).withUsShare(0), dir);
        var upload = multipart("/api/v1/imports");
        for (String name : List.of("missing_persons.csv", "family_members.csv", "sites.csv", "remains.csv",
                "profiles.csv", "lineage.csv")) {
            upload.file(new MockMultipartFile("files", name, "text/csv", Files.readAllBytes(dir.resolve(name))));
        }
        mvc.perform(upload.with(OFFICER)).andExpect(status().isCreated());
        awaitSearch();
        users.create(READER, PASSWORD, Side.VN, Set.of(Role.LAB_ANALYST, Role.CASE_OFFICER));

        // The finding: a field team creates a site whose name is markup, and remains there.
        JsonNode site = call(post("/api/v1/sites").with(FIELD), 201, Map.of("kind", "GRAVE", "name", IMG,
                "province", SCRIPT, "lat", 21.5, "lon", 103.1));
        long siteId = site.get("id").asLong();
        JsonNode remains = call(post("/api/v1/remains").with(FIELD), 201, Map.of("siteId", siteId,
                "recoveryDate", "1990-05", "team", SCRIPT, "sexEstimate", "M", "condition", "POOR",
                "artifacts", JS_URL));

        // The best candidate of the review queue, renamed by a case officer through the API; its
        // remains' site and a relative get hostile names too (no API renames those).
        JsonNode entry = read(get("/api/v1/identification/queue"), LAB_A).get(0);
        long queueRemainsId = entry.get("remainsId").asLong();
        JsonNode best = read(get("/api/v1/identification/remains/" + queueRemainsId + "/candidates"), LAB_A).get(0);
        long candidate = best.get("candidate").get("id").asLong();
        long personId = best.get("person").get("id").asLong();
        MissingPerson person = persons.find(personId).orElseThrow();
        PersonForm form = PersonForm.of(person, List.of());
        String personName = IMG + " " + SCRIPT;
        form.setFullName(personName);
        form.setLossPlace(SCRIPT);
        form.setUnit(JS_URL);
        call(put("/api/v1/persons/" + personId).with(OFFICER), 200, form);
        jdbc.update("UPDATE missing_person SET home_province_current = ? WHERE id = ?", SCRIPT, personId);
        jdbc.update("UPDATE site SET name = ? WHERE id = (SELECT site_id FROM remains WHERE id = ?)", IMG, queueRemainsId);
        jdbc.update("UPDATE family_member SET full_name = ? WHERE id = (SELECT MIN(id) FROM family_member"
                + " WHERE person_id = ?)", SVG, personId);

        JsonNode document = call(post("/api/v1/archive/documents").with(ARCHIVIST), 200, Map.of("type", "LETTER",
                "title", IMG, "language", "vi", "holdingArchive", SCRIPT, "archiveReference", JS_URL,
                "classification", "OPEN", "description", SVG));
        call(post("/api/v1/archive/documents/" + document.get("id").asLong() + "/pages").with(ARCHIVIST), 200,
                List.of(Map.of("pageNo", 1, "transcription", "Liệt sĩ " + IMG + " " + SCRIPT)));
        JsonNode artifact = call(post("/api/v1/archive/artifacts").with(ARCHIVIST), 200, Map.of("description", IMG,
                "foundPlace", SCRIPT, "custodian", JS_URL, "returnStatus", "HELD", "classification", "OPEN"));

        call(post("/api/v1/identification/candidates/" + candidate + "/confirm").with(LAB_A), 200,
                Map.of("reason", SCRIPT));
        JsonNode decision = call(post("/api/v1/identification/candidates/" + candidate + "/confirm").with(LAB_B), 200,
                Map.of("reason", IMG));
        return new Hostile(siteId, remains.get("id").asLong(), queueRemainsId, personId, personName,
                document.get("id").asLong(), artifact.get("id").asLong(), decision.get("id").asLong());
    }

    private JsonNode call(MockHttpServletRequestBuilder request,
            int expected, Object body) throws Exception {
        String answer = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    private JsonNode read(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        return json.readTree(mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void awaitSearch() {
        await("a NEW search job that compared remains is done").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(this::newJobDone);
    }

    private boolean newJobDone() throws Exception {
        for (JsonNode j : read(get("/api/v1/identification/searches"), LAB_A)) {
            if (j.get("kind").asText().equals("NEW") && j.get("remainsCount").asInt() > 0
                    && j.get("status").asText().equals("DONE")) {
                return true;
            }
        }
        return false;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn() {
        browser.get(url("/login?lang=en"));
        pageIsSafe();
        browser.findElement(By.id("username")).sendKeys(READER);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.totals")));
        pageIsSafe();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void open(String path) {
        browser.get(url(path));
        wait.until(d -> "complete".equals(js("return document.readyState")));
    }

    /**
     * No hostile script ran, no hostile element or link reached the DOM, and the page's own code
     * ran without a single Content-Security-Policy violation.
     */
    private void pageIsSafe() {
        String where = browser.getCurrentUrl();
        assertThat(js("return window.__xss === undefined")).as("no hostile script ran on " + where).isEqualTo(true);
        assertThat(js("return document.querySelectorAll('img[src=\"x\"], script:not([src]), svg[onload], [onerror]').length"))
                .as("no hostile element on " + where).isEqualTo(0L);
        assertThat(js("return document.querySelectorAll('a[href^=\"javascript:\" i]').length"))
                .as("no javascript: link on " + where).isEqualTo(0L);
        assertThat(js("return window.__csp")).as("the violation listener ran on " + where).isNotNull();
        assertThat((List<?>) js("return window.__csp")).as("Content-Security-Policy violations on " + where).isEmpty();
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by)).getText();
    }

    @Test
    void theSiteMapShowsAHostileSiteNameAsTextInItsPopup() {
        open("/sites");
        WebElement map = browser.findElement(By.id("site-map"));
        wait.until(d -> map.getAttribute("data-sites") != null && map.getAttribute("data-outlines") != null);
        // every marker's popup opened in turn, as a click opens it
        Number opened = (Number) js("const map = arguments[0].leafletMap; let n = 0;"
                + "map.eachLayer(l => { if (l.feature && l.getPopup && l.getPopup()) { l.openPopup(); n++; } });"
                + "return n;", map);
        assertThat(opened.intValue()).isEqualTo(Integer.parseInt(map.getAttribute("data-sites"))).isGreaterThan(1);
        pageIsSafe();
        String shown = (String) js("const map = arguments[0].leafletMap; let text = null;"
                + "map.eachLayer(l => { if (l.feature && l.feature.properties.id === arguments[1]) {"
                + " l.openPopup(); text = l.getPopup().getElement().querySelector('.leaflet-popup-content').textContent; } });"
                + "return text;", map, hostile.siteId());
        assertThat(shown).isEqualTo(IMG + " (GRAVE, 1)");
        assertThat(browser.findElements(By.cssSelector(".leaflet-popup-content img"))).isEmpty();
        pageIsSafe();
    }

    @Test
    void thePersonPageShowsHostileNamesInTheHeadingTimelinePedigreeAndMap() {
        open("/persons/" + hostile.personId() + "?lang=en");
        assertThat(text(By.tagName("h1"))).contains(hostile.personName());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(SCRIPT, JS_URL);
        WebElement pedigree = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pedigree svg")));
        assertThat(pedigree.findElements(By.tagName("text"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("<svg onload"));
        WebElement map = browser.findElement(By.id("person-map"));
        wait.until(d -> map.getAttribute("data-outlines") != null);
        // htmx loads the duplicates and archive sources into the page
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#duplicates table, #duplicates p")));
        pageIsSafe();
    }

    @Test
    void searchResultsShowAHostileNameAsText() {
        open("/persons?lang=en");
        browser.findElement(By.id("q")).sendKeys("zyxhostile");
        browser.findElement(By.id("search-button")).click();
        // typing and the button may each swap the results: look afresh until the hostile name is listed
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#results a.person-link")).stream()
                .anyMatch(a -> a.getText().equals(hostile.personName())));
        pageIsSafe();
    }

    @Test
    void theRemainsPagesShowAHostileTeamAndSiteAsText() {
        open("/remains/" + hostile.remainsId() + "?lang=en");
        assertThat(text(By.tagName("main"))).contains(SCRIPT, IMG);
        WebElement map = browser.findElement(By.id("remains-map"));
        wait.until(d -> map.getAttribute("data-outlines") != null);
        pageIsSafe();
        open("/remains?lang=en");
        assertThat(text(By.tagName("table"))).isNotEmpty();
        pageIsSafe();
    }

    @Test
    void theDashboardChartsTakeAHostileProvinceAsALabel() {
        open("/?lang=en");
        for (String id : List.of("byProvince", "recoveries", "identifications")) {
            WebElement canvas = browser.findElement(By.id(id));
            wait.until(d -> "true".equals(canvas.getAttribute("data-drawn")));
        }
        assertThat(js("return Chart.getChart('byProvince').data.labels")).asList().contains(SCRIPT);
        pageIsSafe();
    }

    @Test
    void theIdentificationPagesShowHostileNamesAsText() {
        open("/identification?lang=en");
        wait.until(d -> "true".equals(d.findElement(By.id("identificationsByMonth")).getAttribute("data-drawn")));
        pageIsSafe();
        open("/identification/remains/" + hostile.queueRemainsId() + "?lang=en");
        assertThat(text(By.cssSelector("table.candidates"))).contains(hostile.personName());
        browser.findElement(By.cssSelector("table.candidates tbody tr button")).click();
        WebElement detail = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail .candidate-detail")));
        assertThat(detail.findElement(By.tagName("h3")).getText()).contains(hostile.personName());
        assertThat(detail.findElements(By.cssSelector(".pedigree svg text"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("<svg onload"));
        pageIsSafe();
        open("/identification/decisions/" + hostile.decisionId() + "/report?lang=en");
        assertThat(text(By.tagName("body"))).contains(hostile.personName(), IMG, SCRIPT);
        assertThat(js("return getComputedStyle(document.querySelector('table')).borderCollapse"))
                .as("the report's stylesheet applies").isEqualTo("collapse");
        pageIsSafe();
    }

    @Test
    void theReportPdfPrintsHostileNamesLiterally() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/identification/decisions/" + hostile.decisionId() + "/report.pdf")
                .param("lang", "en").with(LAB_A)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(hostile.personName(), IMG);
        }
    }

    @Test
    void theArchivePagesShowHostileTitlesAsText() {
        open("/archive/documents/" + hostile.documentId() + "?lang=en");
        assertThat(text(By.tagName("main"))).contains(IMG, SCRIPT, JS_URL);
        pageIsSafe();
        open("/archive/artifacts/" + hostile.artifactId() + "?lang=en");
        assertThat(text(By.tagName("main"))).contains(IMG, SCRIPT, JS_URL);
        pageIsSafe();
        open("/archive?lang=en");
        assertThat(text(By.tagName("main"))).contains(IMG);
        pageIsSafe();
        open("/archive/artifacts?lang=en");
        assertThat(text(By.tagName("main"))).contains(IMG);
        pageIsSafe();
        // the search's passages are the one place the server marks up text (<mark> around the hits)
        open("/archive/search?q=zyxhostile&lang=en");
        WebElement passage = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#archive-results .passage")));
        assertThat(passage.getText()).as("a passage ends at a sentence: the handler's dot ends this one")
                .contains("Zyxhostile <img src=x onerror=\"window.");
        assertThat(passage.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("Zyxhostile");
        pageIsSafe();
    }

    @Test
    void everyOtherPageRunsWithoutAViolation() {
        for (String path : List.of("/persons/" + hostile.personId() + "/edit", "/persons/new", "/imports",
                "/identification/next-samples", "/identification/dvi", "/archive/documents/new",
                "/archive/artifacts/new", "/archive/requests", "/archive/exchange")) {
            open(path + "?lang=en");
            assertThat(browser.findElements(By.tagName("main"))).as(path).isNotEmpty();
            pageIsSafe();
        }
        open("/persons/" + hostile.personId() + "/edit?lang=en");
        assertThat(browser.findElement(By.name("fullName")).getAttribute("value")).isEqualTo(hostile.personName());
    }

    @Test
    void theErrorPageAndTheApiDocumentationWorkUnderThePolicy() {
        open("/persons/987654321?lang=en");
        assertThat(text(By.tagName("main"))).contains("987654321");
        pageIsSafe();
        open("/swagger-ui/index.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
        // Swagger UI's bundle tries to add one style element, which the policy refuses; the page
        // works without it (the operations are listed above), so the policy stays strict there too.
        assertThat((List<?>) js("return window.__csp")).allSatisfy(v -> assertThat(v.toString())
                .startsWith("style-src-elem blocked inline in ").contains("/swagger-ui/swagger-ui-bundle.js"));
    }

    @Test
    void thePolicyBlocksMarkupThatSlipsIntoThePage() {
        open("/?lang=en");
        js("document.body.insertAdjacentHTML('beforeend', '<img id=\"slipped\" src=\"/nothing.png\" onerror=\"window.__xss=9\">')");
        wait.until(d -> !((List<?>) js("return window.__csp")).isEmpty());
        assertThat(js("return window.__xss === undefined")).as("the inline handler was refused").isEqualTo(true);
        assertThat((List<?>) js("return window.__csp")).asString().contains("script-src");
    }
}
