package org.homecoming.server.landrelease.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import org.homecoming.server.BrowserTest;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.landrelease.area.HazardAreaService;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mine-action map as an officer uses it, in headless Chromium against the running server: the hazardous areas
 * recorded here are drawn over the offline province outlines, and choosing a status in the filters redraws only
 * those areas. Needs Debian's {@code chromium} and {@code chromium-driver}; without them the test is skipped and
 * says why. Same server context as the other browser tests.
 */
@BrowserTest
class MineActionMapBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    HazardAreaService areas;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcClient jdbc;

    private void area(String status, double lon) throws IOException {
        String f = "{\"type\":\"Feature\",\"properties\":{\"class\":\"CHA\",\"status\":\"" + status + "\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + ",16.9],[" + (lon + 0.004) + ",16.9],[" + (lon + 0.004)
                + ",16.904],[" + lon + ",16.904],[" + lon + ",16.9]]]}}";
        var node = new ObjectMapper().readTree(f);
        installation.asSystem(() -> areas.create(node));
    }

    @Test
    void theAreasAreDrawnAndTheStatusFilterRedrawsThem(HeadlessChromium chromium) throws IOException {
        WebDriver browser = chromium.driver();
        area("OPEN", 106.95);
        area("CLOSED", 106.96);
        // What the administrator (of this Vietnamese installation) may see: the areas of VN and those shared.
        long all = jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area WHERE side = 'VN' OR shared").query(Long.class).single();
        long closed = jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area WHERE (side = 'VN' OR shared) AND status = 'CLOSED'")
                .query(Long.class).single();

        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        chromium.signIn("http://localhost:" + port, "admin", HomecomingTest.ADMIN_PASSWORD);
        browser.get("http://localhost:" + port + "/land-release/map?lang=en");

        By map = By.id("lr-map");
        wait.until(d -> d.findElement(map).getAttribute("data-count-hazard-areas") != null
                && d.findElement(map).getAttribute("data-outlines") != null);
        assertThat(Long.parseLong(browser.findElement(map).getAttribute("data-count-hazard-areas"))).isEqualTo(all);
        assertThat(browser.findElement(map).getAttribute("data-outlines")).isEqualTo("34");
        assertThat(browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("#lr-map-legend .swatch"))).hasSize(4);

        new Select(browser.findElement(By.name("status"))).selectByValue("CLOSED");
        browser.findElement(By.cssSelector("#lr-map-filters button")).click();
        wait.until(d -> String.valueOf(closed).equals(d.findElement(map).getAttribute("data-count-hazard-areas")));
        assertThat(browser.findElement(By.cssSelector("a[data-export='hazard-areas.gpkg']")).getAttribute("href"))
                .endsWith("/land-release/map/export/hazard-areas.gpkg?provinces=34&status=CLOSED");
    }
}
