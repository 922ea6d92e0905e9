package org.homecoming.server.users;

import org.homecoming.server.HomecomingOnPostgresTest;

/** User management on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingOnPostgresTest
class UsersOnPostgresTests extends UserPersistenceContract {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
