package org.homecoming.server.dioxin.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.homecoming.dioxin.geostat.LocalPlane;
import org.homecoming.server.BrowserTest;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.dioxin.DioxinService;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The volume page as a remediation engineer uses it, in headless Chromium against the running server: the hotspot
 * of a synthetic site (one disc above 1,000 pg/g) and the ten suggested samples are drawn on the map, the layer's
 * variogram chart is drawn, and saving the estimate opens it beside its recomputation. Needs Debian's
 * {@code chromium} and {@code chromium-driver}; without them the test is skipped and says why. Same server
 * context as the other browser tests.
 */
@BrowserTest
class VolumePageBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalPlane PLANE = new LocalPlane(10.97, 106.82);

    @LocalServerPort
    int port;
    @Autowired
    DioxinService dioxin;
    @Autowired
    LocalInstallation installation;

    @Test
    void theHotspotAndTheSuggestedSamplesAreDrawnAndTheEstimateIsSaved(HeadlessChromium chromium) {
        WebDriver browser = chromium.driver();
        String site = "VOL_BROWSER";
        StringBuilder samples = new StringBuilder("sample_id,lat,lon,depth_top_m,depth_bottom_m,matrix,sampled_on,zone,consent_note\n");
        StringBuilder results = new StringBuilder("sample_id,congener,value,unit,detected,detection_limit\n");
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                double x = -165 + 30 * i;
                double y = -165 + 30 * j;
                String ref = "VB-" + i + "-" + j;
                samples.append(ref).append(',').append(PLANE.lat(y)).append(',').append(PLANE.lon(x)).append(",0,0.3,SOIL,2024-03-01,Z,\n");
                results.append(ref).append(",1746-01-6,").append(Math.pow(10, 4 - Math.hypot(x, y) / 100)).append(",pg/g,true,0.5\n");
            }
        }
        installation.asSystem(() -> {
            dioxin.createSite(site, "Synthetic", Map.of("Z", "INDUSTRIAL_COMMERCIAL"));
            dioxin.importSamples(site, "samples.csv", samples.toString());
            dioxin.importResults("results.csv", results.toString());
        });

        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        chromium.signIn("http://localhost:" + port, "admin", HomecomingTest.ADMIN_PASSWORD);
        browser.get("http://localhost:" + port + "/dioxin/sites/" + site + "/volume?threshold=1000&lang=en");

        By map = By.id("dioxin-volume-map");
        wait.until(d -> "true".equals(d.findElement(map).getAttribute("data-ready")));
        assertThat(browser.findElement(map).getAttribute("data-hotspots")).isEqualTo("1");
        assertThat(browser.findElement(map).getAttribute("data-next")).isEqualTo("10");
        assertThat(browser.findElements(By.cssSelector("#dioxin-volume-map path.leaflet-interactive"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("canvas[data-variogram][data-drawn='true']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#volume-next tbody tr"))).hasSize(10);

        browser.findElement(By.cssSelector("form[action$='/volume-estimates'] button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/dioxin/volume-estimates/"));
        assertThat(browser.findElement(By.id("reproduced")).getText())
                .isEqualTo("Recomputed from its saved inputs: the same figures.");
        assertThat(browser.findElements(By.cssSelector("#estimate-samples tbody tr"))).hasSize(144);
    }
}
