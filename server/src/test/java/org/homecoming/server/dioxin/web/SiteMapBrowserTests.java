package org.homecoming.server.dioxin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.homecoming.server.BrowserTest;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.dioxin.DioxinService;
import org.homecoming.server.dioxin.SiteZone;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A dioxin site's map as an environmental engineer uses it, in headless Chromium against the running server: the
 * outline, both zones and the chosen layer's samples are drawn, coloured by TEQ class with a legend, and choosing
 * the deeper layer redraws only its samples. Needs Debian's {@code chromium} and {@code chromium-driver}; without
 * them the test is skipped and says why. Same server context as the other browser tests.
 */
@BrowserTest
class SiteMapBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    DioxinService dioxin;
    @Autowired
    LocalInstallation installation;

    @Test
    void theLayersSamplesAreDrawnByClassOverTheZonesAndTheLayerChoiceRedrawsThem(HeadlessChromium chromium) {
        WebDriver browser = chromium.driver();
        String site = "MAP_BROWSER";
        installation.asSystem(() -> {
            dioxin.createSite(site, "Phù Cát", "POLYGON ((106.80 10.96, 106.84 10.96, 106.84 10.98, 106.80 10.98, 106.80 10.96))",
                    List.of(new SiteZone("W", "FOREST", "POLYGON ((106.80 10.96, 106.82 10.96, 106.82 10.98, 106.80 10.98, 106.80 10.96))"),
                            new SiteZone("E", "INDUSTRIAL_COMMERCIAL", "POLYGON ((106.82 10.96, 106.84 10.96, 106.84 10.98, 106.82 10.98, 106.82 10.96))")));
            dioxin.importSamples(site, "samples.csv", "sample_id,lat,lon,depth_top_m,depth_bottom_m,matrix,sampled_on\n"
                    + "MB-1,10.97,106.81,0,0.3,SOIL,2024-06-01\nMB-2,10.965,106.83,0,0.3,SOIL,2024-06-01\n"
                    + "MB-3,10.975,106.83,0,0.3,SOIL,2024-06-01\nMB-4,10.97,106.83,0.3,0.6,SOIL,2024-06-01\n");
            dioxin.importResults("results.csv", "sample_id,congener,value,unit,detected,detection_limit\n"
                    + "MB-1,1746-01-6,20,pg/g,true,\nMB-2,1746-01-6,400,pg/g,true,\nMB-3,1746-01-6,5000,pg/g,true,\n"
                    + "MB-4,1746-01-6,60,pg/g,true,\n");
        });

        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        chromium.signIn("http://localhost:" + port, "admin", HomecomingTest.ADMIN_PASSWORD);
        browser.get("http://localhost:" + port + "/dioxin/sites/" + site + "?lang=en");

        By map = By.id("dioxin-site-map");
        wait.until(d -> "true".equals(d.findElement(map).getAttribute("data-ready")));
        assertThat(browser.findElement(map).getAttribute("data-samples")).isEqualTo("3");
        assertThat(browser.findElement(map).getAttribute("data-zones")).isEqualTo("2");
        List<String> strokes = browser.findElements(By.cssSelector("#dioxin-site-map path.dioxin-sample")).stream()
                .map(e -> e.getAttribute("stroke")).sorted().toList();
        assertThat(strokes).containsExactly("#27ae60", "#c0392b", "#e67e22"); // below target, remediation, between
        assertThat(browser.findElements(By.cssSelector("#dioxin-site-legend .swatch"))).hasSize(3);
        assertThat(browser.findElement(By.id("dioxin-site-legend")).getText()).contains("1,000 pg/g or more (remediation required)");

        new Select(browser.findElement(By.name("layer"))).selectByValue("0.3-0.6");
        browser.findElement(By.cssSelector("form.filters button")).click();
        // The page reloads: wait for the new address first, and let a map element of the old page go stale meanwhile.
        wait.until(d -> d.getCurrentUrl().contains("layer=0.3-0.6"));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "true".equals(d.findElement(map).getAttribute("data-ready")));
        assertThat(browser.findElement(map).getAttribute("data-samples")).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("#dioxin-samples tbody tr"))).hasSize(1);
    }
}
