package org.homecoming.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.homecoming.server.HeadlessChromium;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an administrator and a new analyst click: the administrator creates the account and reads
 * the one-time password off the page; the analyst signs in with it, is held on the password page
 * until they choose their own, and then reaches the registry. Skipped, saying why, without Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-browser",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
class UserPagesBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void browserIsInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = HeadlessChromium.open("en");
        browser = chromium.driver();
        wait = new WebDriverWait(browser, WAIT);
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

    private void signIn(String username, String password) {
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
    }

    @Test
    void aNewAnalystSignsInWithTheOneTimePasswordAndMustChooseTheirOwnFirst() {
        String name = UserApiTests.unique("kim");
        signIn("admin", HomecomingTest.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/users?lang=en"));
        browser.findElement(By.id("new-user")).click();
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("fullName")).sendKeys("Kim Ngân");
        browser.findElement(By.cssSelector("input[name=roles][value=LAB_ANALYST]")).click();
        browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
        String once = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password-value")))
                .getText();
        assertThat(once).hasSize(20);
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("one-time-password-value"))).as("shown once").isEmpty();
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn(name, once);
        wait.until(ExpectedConditions.urlToBe(url("/account/password")));
        assertThat(browser.findElement(By.id("must-change")).getText())
                .startsWith("Your password was issued by an administrator");
        browser.get(url("/persons"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/account/password"));
        browser.findElement(By.id("currentPassword")).sendKeys(once);
        browser.findElement(By.id("newPassword")).sendKeys("kim chooses a long one");
        browser.findElement(By.id("confirmation")).sendKeys("kim chooses a long one");
        browser.findElement(By.id("change")).click();
        wait.until(ExpectedConditions.urlToBe(url("/?passwordChanged")));
        browser.get(url("/persons"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/persons"));
    }
}
