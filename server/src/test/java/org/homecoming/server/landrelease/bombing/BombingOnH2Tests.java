package org.homecoming.server.landrelease.bombing;

import org.homecoming.server.HomecomingTest;

/** The bombing layer on the embedded database of {@code ./homecoming demo}: H2 in PostgreSQL mode. */
@HomecomingTest
class BombingOnH2Tests extends BombingPersistenceContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
