package org.homecoming.server.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.homecoming.server.BrowserTest;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.web.RequestFields;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The status board of one area in headless Chromium against the running server: the overdue commitment comes first,
 * the indicators' chart is drawn, and a liaison officer (here the administrator) links evidence and marks the
 * commitment done, after which it no longer shows as overdue. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; without them the test is skipped and says why. Same server context as the other browser
 * tests.
 */
@BrowserTest
class StatusBoardBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    CommitmentService commitments;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeetingService meetings;
    @Autowired
    LocalInstallation installation;

    @Test
    void theOverdueCommitmentLeadsAndIsClosedOnEvidence(HeadlessChromium chromium) {
        WebDriver browser = chromium.driver();
        String meeting = installation.asSystem(() -> {
            commitments.createAgreement("BROWSER-MOU", AgreementKind.MEMORANDUM, "Bản ghi nhớ", "Memorandum",
                    RequestFields.today().minusYears(1), null);
            commitments.create(new CommitmentService.Draft("BROWSER-MOU", null, Area.ORDNANCE, "Giải phóng đất",
                    "Release the Cam Lộ fields", "BOTH", null, null, RequestFields.today().plusDays(100)));
            commitments.create(new CommitmentService.Draft("BROWSER-MOU", null, Area.ORDNANCE, "Trao bản đồ",
                    "Hand over the minefield maps", "US", null, null, RequestFields.today().minusDays(2)));
            indicators.create(Area.ORDNANCE, "Ha đã giải phóng", "Hectares released", IndicatorSource.HECTARES_RELEASED,
                    BigDecimal.ZERO, 2025, BigDecimal.valueOf(500), 2030);
            long m = meetings.create(MeetingKind.WORKSHOP, RequestFields.today().minusDays(1), "Huế", "Hội thảo",
                    "Workshop", null, List.of());
            return meetings.of(m).ref();
        });

        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        chromium.signIn("http://localhost:" + port, "admin", HomecomingTest.ADMIN_PASSWORD);
        String url = "http://localhost:" + port + "/cooperation/areas/ORDNANCE";
        browser.get(url + "?lang=en");
        wait.until(d -> !d.findElements(By.cssSelector("#indicator-chart[data-drawn='true']")).isEmpty());
        WebElement first = browser.findElements(By.cssSelector("#commitments tbody tr")).get(0);
        assertThat(first.getText()).contains("Overdue").contains("Hand over the minefield maps");

        first.findElement(By.name("targetRef")).sendKeys(meeting);
        new Select(first.findElement(By.name("kind"))).selectByValue("MEETING");
        first.findElement(By.cssSelector("form[action$='/evidence'] button")).click();
        wait.until(d -> rowWith(d, "Hand over the minefield maps").contains("Meeting " + meeting));

        WebElement row = browser.findElements(By.cssSelector("#commitments tbody tr")).stream()
                .filter(r -> r.getText().contains("Hand over the minefield maps")).findFirst().orElseThrow();
        new Select(row.findElement(By.name("status"))).selectByValue("DONE");
        row.findElement(By.cssSelector("form[action$='/status'] button")).click();
        wait.until(d -> rowWith(d, "Hand over the minefield maps").contains("Done"));
        assertThat(rowWith(browser, "Hand over the minefield maps")).doesNotContain("Overdue");
    }

    private static String rowWith(WebDriver d, String text) {
        try {
            return d.findElements(By.cssSelector("#commitments tbody tr")).stream().map(WebElement::getText)
                    .filter(t -> t.contains(text)).findFirst().orElse("");
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }
}
