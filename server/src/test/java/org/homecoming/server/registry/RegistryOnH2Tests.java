package org.homecoming.server.registry;

import org.homecoming.server.HomecomingTest;

/** The registry on the embedded database of {@code ./homecoming demo}: H2 in PostgreSQL mode. */
@HomecomingTest
class RegistryOnH2Tests extends RegistryPersistenceContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
