package org.homecoming.server.registry;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The registry on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingTest
class RegistryOnPostgresTests extends RegistryPersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
