package org.homecoming.server.landrelease.bombing;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bombing layer on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingTest
class BombingOnPostgresTests extends BombingPersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
