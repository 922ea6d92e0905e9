package org.homecoming.server.identification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Spring context of the identification tests: as {@code HomecomingTest} but with a database of
 * its own (a search compares everything in the registry, so other tests' rows would change the
 * outcome) and new profiles looked for every second.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-identification;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-identification",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.power-simulations=50",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
@interface IdentificationTest {
}
