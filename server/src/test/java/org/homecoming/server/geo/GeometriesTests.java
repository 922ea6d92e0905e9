package org.homecoming.server.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeometriesTests {

    @Test
    void aClosedSquareIsValid() {
        assertThat(Geometries.problem("POLYGON ((106 16, 107 16, 107 17, 106 17, 106 16))")).isNull();
    }

    @Test
    void invalidGeometriesAreExplained() {
        assertThat(Geometries.problem("POLYGON ((0 0, 1 1, 0 1, 1 0, 0 0))")).startsWith("not a valid geometry: Self-intersection");
        assertThat(Geometries.problem("POINT (106 16)")).isEqualTo("must be a POLYGON or MULTIPOLYGON: Point");
        assertThat(Geometries.problem("POLYGON ((106 16, 107 16")).startsWith("not WKT: ");
        assertThat(Geometries.problem("POLYGON ((190 16, 191 16, 191 17, 190 16))"))
                .startsWith("coordinates outside WGS 84 (lon in [-180, 180], lat in [-90, 90])");
    }

    @Test
    void hanoiToHoChiMinhCityIsAbout1144Km() {
        // Hoàn Kiếm (21.0285, 105.8542) to Bến Thành (10.7725, 106.6980): about 1,144 km great-circle (haversine, R = 6371 km).
        assertThat(Geometries.distanceKm(21.0285, 105.8542, 10.7725, 106.6980)).isCloseTo(1144, within(2.0));
    }
}
