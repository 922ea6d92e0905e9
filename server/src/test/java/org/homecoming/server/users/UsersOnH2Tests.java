package org.homecoming.server.users;

import org.homecoming.server.HomecomingTest;

/** User management on the embedded database of {@code ./homecoming demo}: H2 in PostgreSQL mode. */
@HomecomingTest
class UsersOnH2Tests extends UserPersistenceContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
