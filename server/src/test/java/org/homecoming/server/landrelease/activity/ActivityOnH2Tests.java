package org.homecoming.server.landrelease.activity;

import org.homecoming.server.HomecomingTest;

/** Activities and finds on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class ActivityOnH2Tests extends ActivityContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
