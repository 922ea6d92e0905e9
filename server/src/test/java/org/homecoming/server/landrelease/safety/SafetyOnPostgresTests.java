package org.homecoming.server.landrelease.safety;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Accidents, risk education and quality management on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingTest
class SafetyOnPostgresTests extends SafetyContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
