package org.homecoming.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser test: the whole server on a random port over its own in-memory database (one context shared by every
 * browser test), and a fresh headless Chromium, asking for English pages, handed to each test method that takes a
 * {@link HeadlessChromium} parameter and closed after it. Skipped, saying why, where Chromium or ChromeDriver is
 * missing.
 *
 * <pre>{@code
 * @BrowserTest
 * class BoardBrowserTests {
 *     @LocalServerPort int port;
 *
 *     @Test
 *     void drawsTheChart(HeadlessChromium chromium) { ... chromium.driver() ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-browser",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
@ExtendWith(BrowserTest.Chromium.class)
public @interface BrowserTest {

    /** Skips the class without a browser; opens one per test method that asks for it, and closes it after. */
    class Chromium implements BeforeAllCallback, ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            HeadlessChromium.assumeInstalled();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == HeadlessChromium.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NAMESPACE).getOrComputeIfAbsent("chromium", k -> {
                try {
                    return new Closing(HeadlessChromium.open("en"));
                } catch (java.io.IOException e) {
                    throw new ParameterResolutionException("cannot start Chromium", e);
                }
            }, Closing.class).chromium();
        }

        /** Closes the browser when the test method's store is closed. */
        private record Closing(HeadlessChromium chromium) implements ExtensionContext.Store.CloseableResource {
            @Override
            public void close() {
                chromium.close();
            }
        }
    }
}
