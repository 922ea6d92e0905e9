package org.homecoming.server.landrelease.bombing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.homecoming.server.BrowserTest;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The heat layer as a mine-action officer sees it, in headless Chromium against the running server: at the
 * page's opening view (all of central Viet Nam) the chosen 5 km cell would need more cells than the server
 * grants, so the page enlarges the cell, says so, and draws the missions imported here with a legend.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the test is skipped and says
 * why. Same server context as the other browser tests.
 */
@BrowserTest
class BombingMapBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    ThorImporter importer;
    @Autowired
    LocalInstallation installation;

    @Test
    void theOpeningViewEnlargesTheCellAndDrawsTheMissionsWithALegend(HeadlessChromium chromium) {
        WebDriver browser = chromium.driver();
        long b = ThorFiles.freshBase();
        // Quảng Trị and Huế, inside the opening view (centre 16.5 N 106.5 E, zoom 7).
        String csv = "THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,WEAPONTYPECLASS,NUMWEAPONSDELIVERED\n"
                + (b + 1) + ",1968-03-02,16.80,107.10,CBU,40\n"
                + (b + 2) + ",1968-03-03,16.46,107.59,BOMB,12\n";
        assertThat(installation.asSystem(() -> importer.importFile("map.csv", ThorFiles.stream(csv),
                ImportProgress.NONE)).imported()).isEqualTo(2);

        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        chromium.signIn("http://localhost:" + port, "admin", HomecomingTest.ADMIN_PASSWORD);
        browser.get("http://localhost:" + port + "/bombing?lang=en");

        By map = By.id("bombing-map");
        wait.until(d -> d.findElement(map).getAttribute("data-cell") != null);
        int drawn = Integer.parseInt(browser.findElement(map).getAttribute("data-cells"));
        int cell = Integer.parseInt(browser.findElement(map).getAttribute("data-cell"));
        assertThat(cell).as("5 km cells over the opening view exceed 20,000, so the cell grows").isGreaterThan(5000);
        assertThat(browser.findElement(By.id("bombing-cell")).getAttribute("value")).isEqualTo(String.valueOf(cell));
        assertThat(drawn).as("cells with missions in view: at least the two imported here").isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.id("bombing-status")).getText())
                .isEqualTo("Cell enlarged to fit the view (at most 20,000 cells a view).");
        assertThat(browser.findElements(By.cssSelector("#bombing-legend .swatch"))).hasSize(5);
        assertThat(browser.findElement(By.cssSelector("#bombing-legend strong")).getText()).isEqualTo("Weighted weapons");
    }
}
