package org.homecoming.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, for the browser tests: a fresh profile per browser, no network of
 * its own, and a visible skip where Chromium or ChromeDriver is not installed (paths overridable
 * with the system properties {@code homecoming.chromium} and {@code homecoming.chromedriver}).
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("homecoming.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("homecoming.chromedriver", "/usr/bin/chromedriver"));

    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Skips the calling test, saying why, where the browser or its driver is missing. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium, or -Dhomecoming.chromium=PATH)");
        assumeTrue(Files.isExecutable(DRIVER), "browser test skipped: no ChromeDriver at " + DRIVER
                + " (apt-get install chromium-driver, or -Dhomecoming.chromedriver=PATH)");
    }

    /** A new browser whose pages ask for {@code language} first. */
    public static HeadlessChromium open(String language) throws IOException {
        Path profile = Files.createTempDirectory("homecoming-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1280,900", "--lang=" + language,
                "--user-data-dir=" + profile);
        // An explicit driver keeps Selenium Manager from looking for one on the network.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(profile, new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Signs in on the server at {@code base} (e.g. {@code http://localhost:8080}) and waits to leave the form. */
    public void signIn(String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
