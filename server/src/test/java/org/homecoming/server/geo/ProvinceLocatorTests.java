package org.homecoming.server.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Known places located in the 34 provinces of today and the 63 before the 2025 merger. */
class ProvinceLocatorTests {

    private static final ProvinceLocator PROVINCES = new ProvinceLocator();

    @Test
    void bothSetsAreLoaded() {
        assertThat(PROVINCES.sizes()).containsExactly(34, 63);
    }

    @Test
    void dongHaIsInQuangTriBeforeAndAfter() {
        assertThat(PROVINCES.current(107.10, 16.82)).contains("Quảng Trị");
        assertThat(PROVINCES.before2025(107.10, 16.82)).contains("Quảng Trị");
    }

    @Test
    void dongHoiWasInQuangBinhAndIsNowInQuangTri() {
        assertThat(PROVINCES.before2025(106.62, 17.47)).contains("Quảng Bình");
        assertThat(PROVINCES.current(106.62, 17.47)).contains("Quảng Trị");
    }

    @Test
    void haGiangTownWasInHaGiangAndIsNowInTuyenQuang() {
        assertThat(PROVINCES.before2025(104.98, 22.82)).contains("Hà Giang");
        assertThat(PROVINCES.current(104.98, 22.82)).contains("Tuyên Quang");
    }

    @Test
    void theCityPrefixIsDropped() {
        assertThat(PROVINCES.current(105.85, 21.03)).contains("Hà Nội");
        assertThat(PROVINCES.current(106.70, 10.78)).contains("Hồ Chí Minh");
    }

    @Test
    void theSeaAndLaosHaveNoProvince() {
        assertThat(PROVINCES.current(110.0, 14.0)).isEmpty();
        assertThat(PROVINCES.before2025(102.6, 17.97)).isEmpty(); // Vientiane
    }

    /**
     * An independent check of both sets: on a 0.5° grid over the country, wherever both locate a point, the
     * province of today is the one the official 63→34 table ({@link ProvinceMap}) gives for the old province.
     */
    @Test
    void everyGridPointAgreesWithTheMergerTable() {
        ProvinceMap table = new ProvinceMap();
        List<String> disagreements = new ArrayList<>();
        int located = 0;
        for (double lat = 8.75; lat < 23.4; lat += 0.5) {
            for (double lon = 102.25; lon < 109.5; lon += 0.5) {
                Optional<String> old = PROVINCES.before2025(lon, lat);
                Optional<String> now = PROVINCES.current(lon, lat);
                if (old.isPresent() && now.isPresent()) {
                    located++;
                    String expected = ProvinceMap.key(table.current(old.get()).orElseThrow());
                    if (!expected.equals(ProvinceMap.key(now.get()))) {
                        disagreements.add(lon + " " + lat + ": " + old.get() + " -> " + now.get());
                    }
                }
            }
        }
        assertThat(located).isGreaterThan(100);
        assertThat(disagreements).isEmpty();
    }
}
