package org.homecoming.server.landrelease.activity;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Activities and finds on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingTest
class ActivityOnPostgresTests extends ActivityContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
