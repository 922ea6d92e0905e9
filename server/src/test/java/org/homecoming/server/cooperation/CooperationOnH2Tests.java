package org.homecoming.server.cooperation;

import org.homecoming.server.HomecomingTest;

/** Cooperation on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class CooperationOnH2Tests extends CooperationContract {

    @Override
    protected String expectedDatabase() {
        return "H2";
    }
}
