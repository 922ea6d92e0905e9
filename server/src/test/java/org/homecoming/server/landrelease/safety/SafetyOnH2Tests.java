package org.homecoming.server.landrelease.safety;

import org.homecoming.server.HomecomingTest;

/** Accidents, risk education and quality management on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class SafetyOnH2Tests extends SafetyContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
