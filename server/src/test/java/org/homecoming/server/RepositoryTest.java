package org.homecoming.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.homecoming.server.landrelease.bombing.WeaponWeights;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Repository;

/**
 * The Spring context of repository tests: a JDBC slice (data source, Flyway, {@code JdbcClient},
 * transactions) with every {@code @Repository} of the server and what repositories take besides the
 * database ({@code CurrentUsers}, which the family repository asks who records a consent;
 * {@code WeaponWeights}, the reference data the bombing density applies), on an in-memory H2 of its
 * own in PostgreSQL mode. Each test runs in a transaction rolled back at its end. All classes with
 * this annotation share one context, which starts in about a second.
 *
 * <pre>{@code
 * @RepositoryTest
 * class GeneticDataRepositoryTests { @Autowired GeneticDataRepository rows; ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest(includeFilters = @Filter(type = FilterType.ANNOTATION, classes = Repository.class), properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-repositories;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.data-dir=target/test-data-repositories"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({CurrentUsers.class, WeaponWeights.class})
public @interface RepositoryTest {
}
