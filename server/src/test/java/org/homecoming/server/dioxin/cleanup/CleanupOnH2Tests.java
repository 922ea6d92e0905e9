package org.homecoming.server.dioxin.cleanup;

import org.homecoming.server.HomecomingTest;

/** Cleanup progress on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class CleanupOnH2Tests extends CleanupContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
