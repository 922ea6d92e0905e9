package org.homecoming.kinship.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContextFactorsTests {

    private static final ContextModel MODEL = ContextModel.defaults();

    private static MissingContext person(String id, Sex sex, double lat, double lon, double precision) {
        return new MissingContext(id, sex, List.of(id + " Name"), Optional.empty(),
                Optional.of(new MissingContext.LossPlace(new GeoPoint(lat, lon), precision)));
    }

    private static RemainsContext found(double lat, double lon, boolean cemetery) {
        return new RemainsContext("R1", Optional.of(new GeoPoint(lat, lon)), 0, cemetery, Sex.UNKNOWN, Optional.empty(),
                List.of());
    }

    @Nested
    class Places {

        @Test
        void aDegreeOfLatitudeIsAbout111Kilometres() {
            // π / 180 × 6 371 008.8 m
            assertThat(new GeoPoint(10, 100).metresTo(new GeoPoint(11, 100))).isCloseTo(111_195.08, within(0.01));
        }

        /**
         * Three loss places 1 000+ km apart on one parallel: the kernel terms vanish (e^−60) and the
         * density of "someone else" is the uniform floor 0.01 / 10¹⁰ m² (the bounding box has no height,
         * so the least area). Loss precision 48 955 m is σ 20 000 m; with 2 km displacement σ² =
         * 4.04·10⁸ m². Remains half a degree north: d = 55 597.54 m.
         */
        @Test
        void theLrIsTheNearDensityOverTheDensityOfLossPlacesPlusTheMovedWeight() {
            List<MissingContext> all = List.of(person("A", Sex.MALE, 10, 100, 20_000 * Math.sqrt(2 * Math.log(20))),
                    person("B", Sex.MALE, 10, 110, 1000), person("C", Sex.MALE, 10, 120, 1000));
            DistanceLr d = new DistanceLr(all, MODEL);
            double variance = 4e8 + 4e6;
            double dist = 55_597.54;
            double near = Math.exp(-dist * dist / (2 * variance)) / (2 * Math.PI * variance);
            double expected = 0.9 * near / (0.01 / 1e10) + 0.1;
            assertThat(expected).isBetween(2.0, 50.0);
            assertThat(d.lr(found(10.5, 100, false), all.get(0))).isCloseTo(expected, within(1e-4 * expected));
            assertThat(d.bandwidthMetres()).isEqualTo(100_000);
        }

        @Test
        void farRemainsKeepTheMovedWeightAndCloseOnesAreCapped() {
            List<MissingContext> all = List.of(person("A", Sex.MALE, 10, 100, 1000), person("B", Sex.MALE, 10, 110, 1000));
            DistanceLr d = new DistanceLr(all, MODEL);
            assertThat(d.lr(found(10, 110, false), all.get(0))).isCloseTo(0.1, within(1e-12));
            assertThat(d.lr(found(10, 110, true), all.get(0))).isCloseTo(0.5, within(1e-12));
            assertThat(d.lr(found(10, 100, false), all.get(0))).isEqualTo(100);
        }

        @Test
        void manyLossPlacesNearbyWeakenTheEvidence() {
            List<MissingContext> sparse = new ArrayList<>(List.of(person("A", Sex.MALE, 16.7, 107.0, 30_000),
                    person("B", Sex.MALE, 21, 105.8, 30_000), person("C", Sex.MALE, 11, 106.7, 30_000)));
            List<MissingContext> dense = new ArrayList<>(sparse);
            for (int i = 0; i < 200; i++) {
                dense.add(person("N" + i, Sex.MALE, 16.7 + (i % 10) * 0.02, 107.0 + (i / 10) * 0.02, 30_000));
            }
            RemainsContext r = found(16.9, 107.1, false);
            double lrSparse = new DistanceLr(sparse, MODEL).lr(r, sparse.get(0));
            double lrDense = new DistanceLr(dense, MODEL).lr(r, dense.get(0));
            assertThat(lrDense).isLessThan(lrSparse).isGreaterThan(0.1);
        }

        @Test
        void anUnknownPlaceIsNoEvidence() {
            MissingContext noPlace = new MissingContext("A", Sex.MALE, List.of("A"), Optional.empty(), Optional.empty());
            DistanceLr d = new DistanceLr(List.of(noPlace), MODEL);
            assertThat(d.lr(found(10, 100, false), noPlace)).isEqualTo(1);
        }
    }

    @Nested
    class Ages {

        private MissingContext aged(String id, double min, double max) {
            return new MissingContext(id, Sex.MALE, List.of(id), Optional.of(new AgeRange(min, max)), Optional.empty());
        }

        /** Gaps 0, 17 and 7 years: w = 1, 0.98·e^(−(17/3)²/2) + 0.02, 0.98·e^(−(7/3)²/2) + 0.02 = 0.0844140. */
        @Test
        void theLrIsThePersonsWeightOverTheMeanWeight() {
            List<MissingContext> all = List.of(aged("A", 20, 21), aged("B", 40, 41), aged("C", 30, 31));
            AgeLr a = new AgeLr(all, MODEL);
            RemainsContext r = new RemainsContext("R1", Optional.empty(), 0, false, Sex.UNKNOWN,
                    Optional.of(new AgeRange(19, 23)), List.of());
            double wB = 0.98 * Math.exp(-(17 / 3.0) * (17 / 3.0) / 2) + 0.02;
            double wC = 0.0844140;
            double mean = (1 + wB + wC) / 3;
            assertThat(a.lr(r, all.get(0))).isCloseTo(1 / mean, within(1e-5));
            assertThat(a.lr(r, all.get(2))).isCloseTo(wC / mean, within(1e-5));
        }

        /** Born some day of 1950, lost some day of March 1970: 7 000 to 7 394 days. */
        @Test
        void partialDatesGiveARangeOfAges() {
            AgeRange age = DateRange.parse("1950").ageAt(DateRange.parse("1970-03"));
            assertThat(age.min()).isCloseTo(7000 / 365.2425, within(1e-9));
            assertThat(age.max()).isCloseTo(7394 / 365.2425, within(1e-9));
            assertThat(new AgeRange(20, 26).gapTo(new AgeRange(28, 29))).isEqualTo(2);
        }

        @Test
        void aMalformedDateIsNamed() {
            assertThatThrownBy(() -> DateRange.parse("1968-3")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-3'");
        }
    }

    @Nested
    class Sexes {

        /** Three men, one woman: q = 0.75; an M estimate has probability 0.75·0.95 + 0.25·0.05 = 0.725 for someone else. */
        @Test
        void theLrWeighsTheEstimatesAccuracyAgainstTheShareOfMen() {
            List<MissingContext> all = List.of(person("A", Sex.MALE, 10, 100, 1), person("B", Sex.MALE, 10, 100, 1),
                    person("C", Sex.MALE, 10, 100, 1), person("D", Sex.FEMALE, 10, 100, 1));
            SexLr s = new SexLr(all, MODEL);
            RemainsContext male = new RemainsContext("R1", Optional.empty(), 0, false, Sex.MALE, Optional.empty(), List.of());
            RemainsContext unknown = new RemainsContext("R2", Optional.empty(), 0, false, Sex.UNKNOWN, Optional.empty(), List.of());
            assertThat(s.lr(male, all.get(0))).isCloseTo(0.95 / 0.725, within(1e-12));
            assertThat(s.lr(male, all.get(3))).isCloseTo(0.05 / 0.725, within(1e-12));
            assertThat(s.lr(unknown, all.get(3))).isEqualTo(1);
        }
    }

    @Nested
    class Artifacts {

        private MissingContext named(String id, String... names) {
            return new MissingContext(id, Sex.MALE, List.of(names), Optional.empty(), Optional.empty());
        }

        private RemainsContext carrying(String... items) {
            return new RemainsContext("R-" + String.join("", items).hashCode(), Optional.empty(), 0, false, Sex.UNKNOWN,
                    Optional.empty(), List.of(items));
        }

        private final List<MissingContext> all = List.of(named("A", "Nguyễn Văn An", "Nguyen Van An", "NGUYEN, AN VAN"),
                named("B", "Trần Văn Bình"), named("C", "Nguyễn Văn An"), named("D", "Lê Đức Thọ"));

        @Test
        void aNameWithoutDiacriticsOrInAnotherCaseMatches() {
            ArtifactLr a = new ArtifactLr(all, MODEL);
            assertThat(a.lr(carrying("dép cao su", "thư gửi TRAN VAN BINH"), all.get(1))).isEqualTo(20);
            assertThat(a.lr(carrying("bi đông khắc tên Lê Duc Tho."), all.get(3))).isEqualTo(20);
            assertThat(a.lr(carrying("dog tag AN VAN NGUYEN"), all.get(0))).isEqualTo(1);
        }

        @Test
        void namesakesShareTheLr() {
            ArtifactLr a = new ArtifactLr(all, MODEL);
            RemainsContext r = carrying("bi đông khắc tên nguyễn văn an");
            assertThat(a.lr(r, all.get(0))).isEqualTo(10);
            assertThat(a.lr(r, all.get(2))).isEqualTo(10);
            assertThat(a.lr(r, all.get(1))).isEqualTo(1);
        }

        @Test
        void anAliasInForeignOrderMatchesAndOneWordDoesNot() {
            ArtifactLr a = new ArtifactLr(all, MODEL);
            assertThat(a.lr(carrying("dog tag NGUYEN, AN VAN 0123"), all.get(0))).isEqualTo(20);
            assertThat(a.lr(carrying("ca-men An"), all.get(0))).isEqualTo(1);
            assertThat(Names.normalise("NGUYỄN, Văn-An Đức")).isEqualTo("nguyen van an duc");
        }
    }

    @Test
    void factorsMultiplyAndAbsentRecordsGiveNone() {
        ContextFactors f = new ContextFactors(12.5, 2, 0.5, 20);
        assertThat(f.lr()).isCloseTo(250, within(1e-9));
        ContextEvidence none = ContextEvidence.none();
        assertThat(none.factors("R1", "A")).isEqualTo(ContextFactors.NONE);
        assertThatThrownBy(() -> new ContextFactors(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("context factors must be finite and > 0: 0.0");
    }
}
