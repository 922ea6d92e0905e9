package org.homecoming.server.landrelease.bombing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DegreeCellsTests {

    @Test
    void haNoiLiesInSquareFortyThousandTwoHundredFortyFive() {
        assertThat(DegreeCells.key(21.03, 105.85)).isEqualTo(40_245);
    }

    @Test
    void theKeysOfABoxsPointsLieBetweenThoseOfItsCorners() {
        GeoBox box = new GeoBox(105.5, 20.5, 107.25, 22.75);
        int lo = DegreeCells.key(box.south(), box.west());
        int hi = DegreeCells.key(box.north(), box.east());
        for (double lat = box.south(); lat <= box.north(); lat += 0.05) {
            for (double lon = box.west(); lon <= box.east(); lon += 0.05) {
                assertThat(DegreeCells.key(lat, lon)).isBetween(lo, hi);
            }
        }
        assertThat(DegreeCells.key(box.south() - 1, box.west())).isLessThan(lo);
    }

    @Test
    void southAndWestOfZeroRoundDown() {
        assertThat(DegreeCells.key(-0.5, -0.5)).isEqualTo(89 * 360 + 179);
        assertThat(DegreeCells.key(-90, -180)).isZero();
    }
}
