package org.homecoming.server.landrelease.map;

import org.homecoming.server.HomecomingTest;

/** The mine-action map's layers and exports on H2, the embedded database of {@code ./homecoming demo}. */
@HomecomingTest
class MapLayersOnH2Tests extends MapLayersContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
