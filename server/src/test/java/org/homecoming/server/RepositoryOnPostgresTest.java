package org.homecoming.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link RepositoryTest} on PostgreSQL 15: the same JDBC slice on one database of the
 * {@link EmbeddedPostgresDatabase}, shared by every class with this annotation.
 *
 * <pre>{@code
 * @RepositoryOnPostgresTest
 * class GeneticDataRepositoryOnPostgresTests extends GeneticDataRepositoryContract { }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RepositoryTest
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.Initializer.class)
public @interface RepositoryOnPostgresTest {
}
