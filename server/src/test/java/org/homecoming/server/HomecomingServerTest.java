package org.homecoming.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Spring context of the tests that talk real HTTP to the embedded Tomcat (cookies, Tomcat's own
 * errors): like {@link HomecomingTest} on a random port, with its own database, a
 * {@link MovableClock} for the login throttle, uploads limited to 1 MB, and an API endpoint that
 * fails, to see what a 500 shows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-http;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-http",
    "spring.servlet.multipart.max-file-size=1MB",
    "spring.servlet.multipart.max-request-size=1MB",
    "HOMECOMING_ADMIN_PASSWORD=" + HomecomingTest.ADMIN_PASSWORD})
@Import(HomecomingServerTest.Extras.class)
public @interface HomecomingServerTest {

    /** Where {@link Extras#failing()} answers. */
    String FAILING_PATH = "/api/v1/test-only/failure";
    /** What the failing endpoint's exception says; no answer may show it. */
    String SECRET = "jdbc:h2:secret-detail";

    @TestConfiguration(proxyBeanMethods = false)
    class Extras {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-01-05T08:00:00Z"));
        }

        @Bean
        Failing failing() {
            return new Failing();
        }
    }

    /** Kept out of the other contexts' component scan by {@code @TestComponent}. */
    @TestComponent
    @RestController
    class Failing {

        @GetMapping(FAILING_PATH)
        String fail() {
            throw new IllegalStateException("the database is gone: " + SECRET);
        }
    }
}
