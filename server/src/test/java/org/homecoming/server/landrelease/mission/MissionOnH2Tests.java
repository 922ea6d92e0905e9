package org.homecoming.server.landrelease.mission;

import org.homecoming.server.HomecomingTest;

/** Recovery missions on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class MissionOnH2Tests extends MissionContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
