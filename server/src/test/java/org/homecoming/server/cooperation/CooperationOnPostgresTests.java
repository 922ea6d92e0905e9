package org.homecoming.server.cooperation;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Cooperation on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingTest
class CooperationOnPostgresTests extends CooperationContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }
}
