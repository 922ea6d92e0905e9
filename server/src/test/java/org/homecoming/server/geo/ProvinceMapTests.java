package org.homecoming.server.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvinceMapTests {

    final ProvinceMap provinces = new ProvinceMap();

    @Test
    void allSixtyThreeOldProvincesAreKnown() {
        assertThat(provinces.size()).isEqualTo(63);
    }

    @Test
    void recordedNamesMapToThePresentProvinceWhateverThePrefixOrDiacritics() {
        assertThat(provinces.current("Tỉnh Hà Giang")).contains("Tuyên Quang");
        assertThat(provinces.current("ha giang")).contains("Tuyên Quang");
        assertThat(provinces.current("Tỉnh Nam Định")).contains("Ninh Bình");
        assertThat(provinces.current("Tỉnh Quảng Trị")).contains("Quảng Trị");
        assertThat(provinces.current("TP Hồ Chí Minh")).contains("Thành phố Hồ Chí Minh");
        assertThat(provinces.current("Atlantis")).isEmpty();
        assertThat(provinces.current(null)).isEmpty();
    }

    @Test
    void thirtyFourPresentProvincesAreNamedWhateverThePrefixOrDiacriticsAndFormerOnesAreNot() {
        assertThat(provinces.todays()).hasSize(34).contains("Quảng Trị", "Tuyên Quang");
        assertThat(provinces.today("quang tri")).contains("Quảng Trị");
        assertThat(provinces.today("Tỉnh Tuyên Quang")).contains("Tuyên Quang");
        assertThat(provinces.today("Hà Giang")).isEmpty();
        assertThat(provinces.today("Quảng Bình")).isEmpty();
        assertThat(provinces.today(" ")).isEmpty();
    }

    @Test
    void twoRecordedNamesAreTheSameProvinceWhenTheyDifferOnlyInPrefixCaseOrDiacritics() {
        assertThat(provinces.same("Tỉnh Quảng Bình", "QUANG BINH")).isTrue();
        assertThat(provinces.same("Quảng Bình", "Quảng Trị")).isFalse();
        assertThat(provinces.same(null, "Quảng Trị")).isFalse();
    }
}
