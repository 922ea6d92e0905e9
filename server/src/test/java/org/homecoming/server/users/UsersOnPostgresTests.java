package org.homecoming.server.users;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** User management on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingTest
class UsersOnPostgresTests extends UserPersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
