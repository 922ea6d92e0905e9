package org.homecoming.server.closure;

import org.homecoming.server.HomecomingOnPostgresTest;

/** The closure records on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingOnPostgresTest
class ClosureOnPostgresTests extends ClosurePersistenceContract {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
