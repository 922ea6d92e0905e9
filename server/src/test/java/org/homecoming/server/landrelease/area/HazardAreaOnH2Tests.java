package org.homecoming.server.landrelease.area;

import org.homecoming.server.HomecomingTest;

/** Hazardous areas on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class HazardAreaOnH2Tests extends HazardAreaContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
