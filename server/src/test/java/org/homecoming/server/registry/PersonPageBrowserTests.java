package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.imports.Fixture;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a case officer clicks, in headless Chromium against the running server: log in, search a
 * name typed without diacritics, open the person, see the drawn pedigree and the map.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (paths overridable with the system
 * properties {@code homecoming.chromium} and {@code homecoming.chromedriver}); without them the test
 * is skipped and says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-browser",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
class PersonPageBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcTemplate jdbc;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeAll
    static void browserIsInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        Fixture.ensureImported(imports, installation, jdbc);
        chromium = HeadlessChromium.open("vi");
        browser = chromium.driver();
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

    @Test
    void anOfficerFindsAPersonTypedWithoutDiacriticsAndSeesThePedigreeAndTheMap() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(url("/persons"));
        assertThat(browser.getCurrentUrl()).as("the browser is sent to the login form").endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(HomecomingTest.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));

        browser.findElement(By.id("q")).sendKeys("nguyen van thanh");
        browser.findElement(By.id("search-button")).click();
        // typing and the button each fire a search, and htmx may swap the results twice: find the
        // first result afresh until it is the person and the click lands on the current list
        By firstResult = By.cssSelector("#results a.person-link");
        String firstName = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement first = d.findElement(firstResult);
            String name = first.getText();
            first.click();
            return name;
        });
        assertThat(firstName).isEqualTo("Nguyễn Văn Thành");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pedigree svg")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Nguyễn Văn Thành");
        String pedigree = browser.findElement(By.cssSelector("#pedigree svg")).getAttribute("outerHTML");
        assertThat(pedigree).contains("Nguyễn Văn Hùng", "Nguyễn Văn Bình");
        assertThat(browser.findElements(By.cssSelector("#pedigree svg rect, #pedigree svg circle"))).hasSizeGreaterThan(3);

        WebElement map = browser.findElement(By.id("person-map"));
        wait.until(d -> map.getAttribute("data-outlines") != null);
        assertThat(map.getAttribute("class")).contains("leaflet-container");
        assertThat(Integer.parseInt(map.getAttribute("data-outlines"))).as("province outlines drawn without tiles")
                .isEqualTo(34);
        assertThat(browser.findElements(By.cssSelector("#person-map canvas"))).isNotEmpty();
    }
}
