package org.homecoming.server.landrelease.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.homecoming.server.BrowserTest;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The land-release dashboards in headless Chromium against the running server, under its strict
 * Content-Security-Policy: all five charts are drawn and the released-area table holds the year of
 * {@link SummaryFixture} (1951) with its hand-computed figures.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the test is skipped and says
 * why. Same server context as the other browser tests.
 */
@BrowserTest
class SummaryDashboardBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int Y = 1951;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void allFiveChartsAreDrawnAndTheTableHoldsTheYearsFigures(HeadlessChromium chromium) {
        WebDriver browser = chromium.driver();
        new SummaryFixture(jdbc, "SUM-BROWSER-", Y).insert();
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        chromium.signIn("http://localhost:" + port, "admin", HomecomingTest.ADMIN_PASSWORD);
        browser.get("http://localhost:" + port + "/land-release?lang=en&year=" + Y);

        wait.until(d -> d.findElements(By.cssSelector("canvas[data-drawn='true']")).size() == 5);
        List<WebElement> cells = browser.findElements(By.cssSelector("#table-released tbody tr td"));
        assertThat(cells).extracting(WebElement::getText).containsExactly("1951", "11,000.00", "1.1000",
                "4,600.00", "0.4600", "800.00", "0.0800");
    }
}
