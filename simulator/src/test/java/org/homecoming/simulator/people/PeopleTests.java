package org.homecoming.simulator.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.homecoming.kinship.evidence.GeoPoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeopleTests {

    @Nested
    class Names {

        @Test
        void diacriticsAndTheLetterDDAreStripped() {
            assertThat(Name.stripDiacritics("Nguyễn Văn Đức")).isEqualTo("Nguyen Van Duc");
            assertThat(Name.stripDiacritics("Trần Thị Thủy")).isEqualTo("Tran Thi Thuy");
        }

        @Test
        void foreignRecordsPutTheFamilyNameFirstThenGivenAndMiddle() {
            assertThat(new Name("Nguyễn", "Văn", "An", true).foreignOrder()).isEqualTo("NGUYEN, AN VAN");
            assertThat(new Name("Smith", "R.", "John", false).full()).isEqualTo("John R. Smith");
            assertThat(new Name("Lê", "Thị Kim", "Hoa", true).full()).isEqualTo("Lê Thị Kim Hoa");
        }

        @Test
        void surnameWeightsAreThoseDocumented() {
            List<String> values = VietnameseNameGenerator.SURNAMES.values();
            assertThat(VietnameseNameGenerator.SURNAMES.probability(values.indexOf("Nguyễn"))).isCloseTo(0.38,
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(VietnameseNameGenerator.SURNAMES.probability(values.indexOf("Lê"))).isCloseTo(0.095,
                    org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void womenMostlyCarryThiAsMiddleName() {
            SplittableRandom rng = new SplittableRandom(1);
            long thi = java.util.stream.IntStream.range(0, 1000)
                    .filter(i -> VietnameseNameGenerator.draw(rng, false).middle().startsWith("Thị")).count();
            assertThat(thi).isBetween(850L, 920L);
        }
    }

    @Nested
    class Places {

        private final Gazetteer g = Gazetteer.get();

        @Test
        void holdsThe63ProvincesAndTheirCommunesBeforeTheMerger() {
            assertThat(g.provinces()).hasSize(63);
            assertThat(g.provinces().stream().mapToInt(p -> p.districts().stream()
                    .mapToInt(d -> d.communes().size()).sum()).sum()).isEqualTo(10_035);
            assertThat(g.province("45").name()).isEqualTo("Tỉnh Quảng Trị");
            assertThat(g.province("01").shortName()).isEqualTo("Hà Nội");
            assertThat(g.province("45").points()).hasSize(40);
        }

        @Test
        void unknownProvinceCodeIsRejected() {
            assertThatThrownBy(() -> g.province("99")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no pre-2025 province with GSO code: 99");
        }

        @Test
        void pointsInAProvinceStayNearItsSamplePoints() {
            SplittableRandom rng = new SplittableRandom(2);
            Gazetteer.Province quangTri = g.province("45");
            for (int i = 0; i < 100; i++) {
                GeoPoint p = g.pointIn(quangTri, 1500, rng);
                assertThat(p.lat()).isBetween(16.2, 17.2);
                assertThat(p.lon()).isBetween(106.4, 107.5);
            }
        }

        @Test
        void communesAreMostlyRural() {
            SplittableRandom rng = new SplittableRandom(3);
            long xa = java.util.stream.IntStream.range(0, 500)
                    .filter(i -> g.commune(g.province("38"), rng).commune().startsWith("Xã ")).count();
            assertThat(xa).isGreaterThan(480);
        }
    }

    @Test
    void weightsMustMatchValues() {
        assertThatThrownBy(() -> Weighted.of(List.of("a"), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need one weight per value and at least one value: 1 values, 2 weights");
        assertThatThrownBy(() -> Weighted.of(List.of("a"), new double[] {-1})).hasMessage("weight must be >= 0: -1.0");
        assertThatThrownBy(() -> Weighted.of(List.of("a"), new double[] {0})).hasMessage("weights must not all be zero");
    }
}
