package org.homecoming.dioxin.geostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlaneAndRegionTests {

    @Test
    void thePlaneKeepsDistancesOfASiteWithinATenthOfAPercent() {
        LocalPlane p = new LocalPlane(10.97, 106.80);
        double lat = 10.99;
        double lon = 106.83;
        double plane = Math.hypot(p.x(lon), p.y(lat));
        double great = haversine(10.97, 106.80, lat, lon);
        assertThat(plane).isCloseTo(great, within(great * 1e-3));
        assertThat(p.lon(p.x(lon))).isCloseTo(lon, within(1e-12));
        assertThat(p.lat(p.y(lat))).isCloseTo(lat, within(1e-12));
    }

    @Test
    void anLShapedSiteByTheEvenOddRule() {
        PolygonRegion l = PolygonRegion.of(new double[] {0, 100, 100, 50, 50, 0}, new double[] {0, 0, 50, 50, 100, 100});
        assertThat(l.contains(25, 75)).isTrue();
        assertThat(l.contains(75, 25)).isTrue();
        assertThat(l.contains(75, 75)).isFalse();
        assertThat(l.bounds()).isEqualTo(new Region.Bounds(0, 0, 100, 100));
        // 10 m cells: 75 of the 100 centres fall inside the L.
        assertThat(Grid.covering(l.bounds(), 10).cellsIn(l)).hasSize(75);
    }

    @Test
    void tooManyCellsIsRefusedWithTheSizeNamed() {
        assertThatThrownBy(() -> Grid.covering(new Region.Bounds(0, 0, 10_000, 10_000), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("choose larger cells");
    }

    private static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * LocalPlane.EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
    }
}
