package org.homecoming.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * The Spring context of the persistence contracts on PostgreSQL 15: {@link HomecomingTest} on one
 * database of the {@link EmbeddedPostgresDatabase}, shared by every class with this annotation
 * (one context, one run of the migrations), as the H2 subclasses share {@link HomecomingTest}'s.
 *
 * <pre>{@code
 * @HomecomingOnPostgresTest
 * class RegistryOnPostgresTests extends RegistryPersistenceContract { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HomecomingTest
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.Initializer.class)
public @interface HomecomingOnPostgresTest {
}
