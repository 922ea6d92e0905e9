package org.homecoming.server.landrelease.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MGRS to WGS 84 against positions worked out independently: the UTM corner of each reference was inverted with
 * Krüger's series in Karney's form (a different expansion from the Snyder series of {@link Mgrs}), in a
 * separate Python script; the letters of the Washington Monument reference are the published pair
 * 18S UJ 23487 06483 = UTM 18S 323487 4306483.
 */
class MgrsTests {

    private static final double METRES_PER_DEGREE = 111_320.0;

    private static double metresApart(Mgrs.LatLon p, double lat, double lon) {
        double dy = (p.lat() - lat) * METRES_PER_DEGREE;
        double dx = (p.lon() - lon) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
        return Math.hypot(dx, dy);
    }

    @ParameterizedTest
    @CsvSource({
        "48Q YD 23788 60464, 16.81669517249761, 107.09999099887919", // Quảng Trị
        "48QWJ8876125539, 21.028497750581828, 105.85419433519296", // Hà Nội
        "48p xs 85976 91827, 10.776894398875944, 106.70089301339377", // Thành phố Hồ Chí Minh
        "56H LH 34900 52288, -33.85680670080968, 151.21529370352627", // southern hemisphere
        "18S UJ 23487 06483, 38.88949961859984, -77.0351969589266"})
    void aReferenceLandsWithinAMetreOfTheIndependentInverse(String mgrs, double lat, double lon) {
        assertThat(metresApart(Mgrs.toLatLon(mgrs), lat, lon)).isLessThan(1.0);
    }

    @Test
    void thePublishedWashingtonLettersGiveThePublishedUtm() {
        Mgrs.LatLon fromLetters = Mgrs.toLatLon("18SUJ2348706483");
        Mgrs.LatLon fromUtm = Mgrs.fromUtm(18, true, 323_487, 4_306_483);
        assertThat(metresApart(fromLetters, fromUtm.lat(), fromUtm.lon())).isLessThan(0.001);
    }

    @Test
    void fewerDigitsGiveTheSouthWestCornerOfTheCoarserSquare() {
        // 48Q YD 237 604 is 23700 m east, 60400 m north within the square: the same as the 10-digit 23700 60400.
        Mgrs.LatLon coarse = Mgrs.toLatLon("48QYD237604");
        Mgrs.LatLon fine = Mgrs.toLatLon("48QYD2370060400");
        assertThat(metresApart(coarse, fine.lat(), fine.lon())).isLessThan(0.001);
    }

    @Test
    void malformedReferencesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Mgrs.toLatLon("48QYD123")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mgrs:");
        assertThatThrownBy(() -> Mgrs.toLatLon("61QYD1234")).hasMessageStartingWith("mgrs: zone");
        assertThatThrownBy(() -> Mgrs.toLatLon("48QAD1234")).hasMessageContaining("column letter A");
        assertThatThrownBy(() -> Mgrs.toLatLon("not a grid")).hasMessageStartingWith("mgrs:");
    }
}
