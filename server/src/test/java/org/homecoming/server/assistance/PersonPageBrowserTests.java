package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.homecoming.server.BrowserTest;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A social worker's person page in headless Chromium against the running server: the functioning chart is drawn
 * from two assessments, a third assessment entered in the form (walking "cannot do at all") appears in the history
 * with the disability identifier, and the services timeline lists the referral. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; without them the test is skipped and says why. Same server context as the other browser
 * tests.
 */
@BrowserTest
class PersonPageBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "Social-worker-2026!";

    @LocalServerPort
    int port;
    @Autowired
    AssistanceService assistance;
    @Autowired
    UserService users;
    @Autowired
    LocalInstallation installation;

    @Test
    void theChartIsDrawnAndANewAssessmentJoinsTheHistory(HeadlessChromium chromium) {
        WebDriver browser = chromium.driver();
        long id = installation.asSystem(() -> {
            if (!users.exists("browser-social")) {
                users.create("browser-social", PASSWORD, Side.VN, Set.of(Role.SOCIAL_WORKER));
            }
            long p = assistance.register(new PersonRequest("Trương Thị Hạnh", "F", "1979", "Kon Tum", null, null, null,
                    null, null, null, null, new PersonRequest.ConsentRequest(true, false, true), LocalDate.of(2023, 1, 2)));
            assistance.assess(p, LocalDate.of(2023, 1, 2), FunctioningAnswers.parse(Map.of("seeing", 1, "hearing", 1,
                    "walking", 3, "remembering", 2, "selfCare", 2, "communicating", 1)));
            assistance.assess(p, LocalDate.of(2024, 1, 2), FunctioningAnswers.parse(Map.of("seeing", 1, "hearing", 1,
                    "walking", 2, "remembering", 2, "selfCare", 1, "communicating", 1)));
            long provider = assistance.addProvider("Trung tâm PHCN trình duyệt " + p, ProviderKind.REHABILITATION_CENTRE,
                    "Quảng Ngãi", null);
            assistance.refer(p, ServiceCategory.REHABILITATION, AssistiveItem.ORTHOSIS, provider, LocalDate.of(2023, 2, 1),
                    null, null);
            return p;
        });

        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        chromium.signIn("http://localhost:" + port, "browser-social", PASSWORD);
        String url = "http://localhost:" + port + "/assistance/persons/" + id;
        browser.get(url + "?lang=en");
        wait.until(d -> !d.findElements(By.cssSelector("#functioning-chart[data-drawn='true']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#assessments tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Referred").contains("Rehabilitation — orthosis");

        By form = By.id("assessment-form");
        browser.findElement(form).findElement(By.name("date")).clear();
        browser.findElement(form).findElement(By.name("date")).sendKeys("01012026");
        for (String domain : new String[] {"seeing", "hearing", "remembering", "selfCare", "communicating"}) {
            new Select(browser.findElement(form).findElement(By.name(domain))).selectByValue("1");
        }
        new Select(browser.findElement(form).findElement(By.name("walking"))).selectByValue("4");
        browser.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> {
            try {
                return d.getCurrentUrl().startsWith(url) && d.findElements(By.cssSelector("#assessments tbody tr")).size() == 3;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        String last = browser.findElements(By.cssSelector("#assessments tbody tr")).get(2).getText();
        assertThat(last).contains("2026-01-01").contains("Cannot do at all").endsWith("yes");
        wait.until(d -> !d.findElements(By.cssSelector("#functioning-chart[data-drawn='true']")).isEmpty());
    }
}
