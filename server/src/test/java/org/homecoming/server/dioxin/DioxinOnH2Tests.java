package org.homecoming.server.dioxin;

import org.homecoming.server.HomecomingTest;

/** Dioxin samples on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class DioxinOnH2Tests extends DioxinContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
