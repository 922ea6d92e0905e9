package org.homecoming.server.landrelease.bombing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Cell sizes in degrees, the grid's extent and its limits. */
class DensityGridTests {

    @Test
    void aCellOfHalfADegreeOfLatitudeAtTheEquatorIsSquareInDegrees() {
        DensityGrid g = DensityGrid.of(new GeoBox(0, -1, 3, 1), 55_660);
        assertThat(g.dLat()).isEqualTo(0.5);
        assertThat(g.dLon()).isEqualTo(0.5);
        assertThat(g.columns()).isEqualTo(6);
        assertThat(g.rows()).isEqualTo(4);
    }

    /** At 60° N a degree of longitude is half as long, so a cell spans twice as many degrees. */
    @Test
    void cellsWidenInLongitudeWithLatitude() {
        DensityGrid g = DensityGrid.of(new GeoBox(10, 59, 19.9, 61), 11_132);
        assertThat(g.dLat()).isCloseTo(0.1, within(1e-12));
        assertThat(g.dLon()).isCloseTo(0.2, within(1e-9));
        assertThat(g.columns()).isEqualTo(50); // 9.9 / 0.2 = 49.5, rounded up
    }

    @Test
    void theRingStartsAtTheCellsSouthWestCornerAndCloses() {
        DensityGrid g = DensityGrid.of(new GeoBox(0, -1, 3, 1), 55_660);
        assertThat(g.ring(2, 1)).isDeepEqualTo(new double[][] {{1, -0.5}, {1.5, -0.5}, {1.5, 0}, {1, 0}, {1, -0.5}});
    }

    @Test
    void moreCellsThanTheLimitAreRefused() {
        assertThatThrownBy(() -> DensityGrid.of(new GeoBox(0, 0, 2, 2), 1_113.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("too many cells: 200 x 200 = 40000 exceeds the limit of 20000; choose a larger cell or a"
                        + " smaller bbox");
    }

    @Test
    void aBoxMustBeFourNumbersWestSouthEastNorth() {
        assertThat(GeoBox.parse(" 102.1, 8.4,109.5 ,23.4")).isEqualTo(new GeoBox(102.1, 8.4, 109.5, 23.4));
        assertThatThrownBy(() -> GeoBox.parse("102,8,x,23")).hasMessage("bbox must be W,S,E,N in decimal degrees: 102,8,x,23");
        assertThatThrownBy(() -> GeoBox.parse("102,24,109,23"))
                .hasMessage("bbox south and north must satisfy -90 <= S < N <= 90: 24.0,23.0");
    }
}
