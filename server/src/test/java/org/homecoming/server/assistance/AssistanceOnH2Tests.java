package org.homecoming.server.assistance;

import org.homecoming.server.HomecomingTest;

/** Disability assistance on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class AssistanceOnH2Tests extends AssistanceContract {

    @Override
    protected String expectedDatabase() {
        return "H2";
    }
}
