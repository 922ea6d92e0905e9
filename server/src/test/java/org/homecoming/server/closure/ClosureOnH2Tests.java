package org.homecoming.server.closure;

import org.homecoming.server.HomecomingTest;

/** The closure records on the embedded database of {@code ./homecoming demo}: H2 in PostgreSQL mode. */
@HomecomingTest
class ClosureOnH2Tests extends ClosurePersistenceContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
