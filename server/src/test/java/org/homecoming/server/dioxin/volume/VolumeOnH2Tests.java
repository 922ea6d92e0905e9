package org.homecoming.server.dioxin.volume;

import org.homecoming.server.HomecomingTest;

/** Volume estimates on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class VolumeOnH2Tests extends VolumeContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
