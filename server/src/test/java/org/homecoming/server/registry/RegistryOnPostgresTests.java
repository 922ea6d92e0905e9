package org.homecoming.server.registry;

import org.homecoming.server.HomecomingOnPostgresTest;

/** The registry on PostgreSQL 15, the production database of {@code ./homecoming serve}. */
@HomecomingOnPostgresTest
class RegistryOnPostgresTests extends RegistryPersistenceContract {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
