package org.homecoming.server.landrelease.map;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The mine-action map's layers and exports on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingTest
class MapLayersOnPostgresTests extends MapLayersContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
