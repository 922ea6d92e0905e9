package org.homecoming.dioxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** TEQ sums worked out by hand, unit conversions, non-detect bounds and flags. */
class TeqCalculatorTests {

    private static final double REL = 1e-12;

    /**
     * All 29 congeners in pg/g: 18 detected, 11 non-detects (marked ND, the number is the detection limit).
     * PCDD: TCDD 2, PeCDD 5, 1,2,3,4,7,8-HxCDD 10, 1,2,3,6,7,8-HxCDD 20, 1,2,3,7,8,9-HxCDD ND 4, HpCDD 100, OCDD 1000.
     * PCDF: TCDF 10, 1,2,3,7,8-PeCDF ND 2, 2,3,4,7,8-PeCDF 10, 1,2,3,4,7,8-HxCDF ND 3, 1,2,3,6,7,8-HxCDF 10,
     * 1,2,3,7,8,9-HxCDF ND 1, 2,3,4,6,7,8-HxCDF 5, 1,2,3,4,6,7,8-HpCDF 50, 1,2,3,4,7,8,9-HpCDF ND 5, OCDF 200.
     * PCB: 77 1000, 81 ND 100, 126 20, 169 ND 10, 105 10000, 114 ND 1000, 118 20000, 123 ND 500, 156 3000,
     * 157 ND 1000, 167 2000, 189 ND 500.
     */
    static List<Measurement> fullSet() {
        List<Measurement> m = new ArrayList<>();
        d(m, "2,3,7,8-TCDD", 2);
        d(m, "1,2,3,7,8-PeCDD", 5);
        d(m, "1,2,3,4,7,8-HxCDD", 10);
        d(m, "1,2,3,6,7,8-HxCDD", 20);
        nd(m, "1,2,3,7,8,9-HxCDD", 4);
        d(m, "1,2,3,4,6,7,8-HpCDD", 100);
        d(m, "OCDD", 1000);
        d(m, "2,3,7,8-TCDF", 10);
        nd(m, "1,2,3,7,8-PeCDF", 2);
        d(m, "2,3,4,7,8-PeCDF", 10);
        nd(m, "1,2,3,4,7,8-HxCDF", 3);
        d(m, "1,2,3,6,7,8-HxCDF", 10);
        nd(m, "1,2,3,7,8,9-HxCDF", 1);
        d(m, "2,3,4,6,7,8-HxCDF", 5);
        d(m, "1,2,3,4,6,7,8-HpCDF", 50);
        nd(m, "1,2,3,4,7,8,9-HpCDF", 5);
        d(m, "OCDF", 200);
        d(m, "PCB-77", 1000);
        nd(m, "PCB-81", 100);
        d(m, "PCB-126", 20);
        nd(m, "PCB-169", 10);
        d(m, "PCB-105", 10000);
        nd(m, "PCB-114", 1000);
        d(m, "PCB-118", 20000);
        nd(m, "PCB-123", 500);
        d(m, "PCB-156", 3000);
        nd(m, "PCB-157", 1000);
        d(m, "PCB-167", 2000);
        nd(m, "PCB-189", 500);
        return m;
    }

    private static void d(List<Measurement> m, String congener, double value) {
        m.add(Measurement.detected(congener, value, Unit.PG_PER_G));
    }

    private static void nd(List<Measurement> m, String congener, double limit) {
        m.add(Measurement.notDetected(congener, limit, Unit.PG_PER_G));
    }

    private static TeqResult teq(TefSchemeId scheme, NonDetectBound bound, List<Measurement> m) {
        return new TeqCalculator(scheme.load()).calculate(m, bound);
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
    }

    @Nested
    class FullCongenerSetByHand {

        /*
         * WHO-2005, detected: 2·1 + 5·1 + 10·0.1 + 20·0.1 + 100·0.01 + 1000·0.0003 + 10·0.1 + 10·0.3 + 10·0.1
         * + 5·0.1 + 50·0.01 + 200·0.0003 + 1000·0.0001 + 20·0.1 + (10000 + 20000 + 3000 + 2000)·0.00003
         * = 2 + 5 + 1 + 2 + 1 + 0.3 + 1 + 3 + 1 + 0.5 + 0.5 + 0.06 + 0.1 + 2 + 1.05 = 20.51.
         * Non-detect limits: 4·0.1 + 2·0.03 + 3·0.1 + 1·0.1 + 5·0.01 + 100·0.0003 + 10·0.03
         * + (1000 + 500 + 1000 + 500)·0.00003 = 0.4 + 0.06 + 0.3 + 0.1 + 0.05 + 0.03 + 0.3 + 0.09 = 1.33.
         */
        @Test
        void who2005GivesLower20_51Medium21_175Upper21_84() {
            for (NonDetectBound b : NonDetectBound.values()) {
                TeqResult r = teq(TefSchemeId.WHO_2005, b, fullSet());
                assertClose(r.lower(), 20.51);
                assertClose(r.medium(), 20.51 + 1.33 / 2);
                assertClose(r.upper(), 20.51 + 1.33);
                assertClose(r.teq(), switch (b) {
                    case LOWER -> 20.51;
                    case MEDIUM -> 21.175;
                    case UPPER -> 21.84;
                });
                assertThat(r.scheme()).isEqualTo(TefSchemeId.WHO_2005);
                assertThat(r.bound()).isEqualTo(b);
                assertThat(r.notInScheme()).isEmpty();
            }
        }

        @Test
        void theCongenersPartsAddUpToTheTeqAndTheFirstIsTcddAtTwo() {
            TeqCalculator calculator = new TeqCalculator(TefSchemeId.WHO_2005.load());
            for (NonDetectBound b : NonDetectBound.values()) {
                List<CongenerContribution> parts = calculator.contributions(fullSet(), b);
                assertClose(parts.stream().mapToDouble(CongenerContribution::teq).sum(), teq(TefSchemeId.WHO_2005, b, fullSet()).teq());
                assertThat(parts.get(0).congener()).isEqualTo("2,3,7,8-TCDD");
                assertClose(parts.get(0).teq(), 2.0);
            }
            // A non-detect counts at the bound: OCDD's limit of 100 pg/g is 0, 50 or 100 pg/g, times 0.0003.
            CongenerContribution ocdd = calculator.contributions(List.of(Measurement.notDetected("OCDD", 100, Unit.PG_PER_G)),
                    NonDetectBound.MEDIUM).get(0);
            assertClose(ocdd.concentration(), 50);
            assertClose(ocdd.teq(), 0.015);
            assertThat(ocdd.detected()).isFalse();
        }

        /*
         * WHO-1998, detected: 2 + 5 + 1 + 2 + 1 + 1000·0.0001 + 1 + 10·0.5 + 1 + 0.5 + 0.5 + 200·0.0001 + 1000·0.0001
         * + 2 + 10000·0.0001 + 20000·0.0001 + 3000·0.0005 + 2000·0.00001
         * = 2 + 5 + 1 + 2 + 1 + 0.1 + 1 + 5 + 1 + 0.5 + 0.5 + 0.02 + 0.1 + 2 + 1 + 2 + 1.5 + 0.02 = 25.74.
         * Non-detects: 4·0.1 + 2·0.05 + 3·0.1 + 1·0.1 + 5·0.01 + 100·0.0001 + 10·0.01 + 1000·0.0005 + 500·0.0001
         * + 1000·0.0005 + 500·0.0001 = 0.4 + 0.1 + 0.3 + 0.1 + 0.05 + 0.01 + 0.1 + 0.5 + 0.05 + 0.5 + 0.05 = 2.16.
         */
        @Test
        void who1998GivesLower25_74Medium26_82Upper27_90() {
            assertClose(teq(TefSchemeId.WHO_1998, NonDetectBound.LOWER, fullSet()).teq(), 25.74);
            assertClose(teq(TefSchemeId.WHO_1998, NonDetectBound.MEDIUM, fullSet()).teq(), 26.82);
            assertClose(teq(TefSchemeId.WHO_1998, NonDetectBound.UPPER, fullSet()).teq(), 27.90);
        }

        /*
         * WHO-2022, detected: 2·1 + 5·0.4 + 10·0.09 + 20·0.07 + 100·0.05 + 1000·0.001 + 10·0.07 + 10·0.1 + 10·0.09
         * + 5·0.1 + 50·0.02 + 200·0.002 + 1000·0.0003 + 20·0.05 + 35000·0.00003
         * = 2 + 2 + 0.9 + 1.4 + 5 + 1 + 0.7 + 1 + 0.9 + 0.5 + 1 + 0.4 + 0.3 + 1 + 1.05 = 19.15.
         * Non-detects: 4·0.05 + 2·0.01 + 3·0.3 + 1·0.2 + 5·0.1 + 100·0.006 + 10·0.005 + 3000·0.00003
         * = 0.2 + 0.02 + 0.9 + 0.2 + 0.5 + 0.6 + 0.05 + 0.09 = 2.56.
         */
        @Test
        void who2022GivesLower19_15Medium20_43Upper21_71() {
            assertClose(teq(TefSchemeId.WHO_2022, NonDetectBound.LOWER, fullSet()).teq(), 19.15);
            assertClose(teq(TefSchemeId.WHO_2022, NonDetectBound.MEDIUM, fullSet()).teq(), 20.43);
            assertClose(teq(TefSchemeId.WHO_2022, NonDetectBound.UPPER, fullSet()).teq(), 21.71);
        }

        /* Non-detects give 1.33 of 21.84 at the upper bound, 0.665 of 21.175 at the medium; TCDD gives 2. */
        @Test
        void sharesOfNonDetectsAndTcddAreFractionsOfTheChosenBound() {
            TeqResult upper = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, fullSet());
            assertClose(upper.ndShare(), 1.33 / 21.84);
            assertClose(upper.tcddShare(), 2 / 21.84);
            TeqResult medium = teq(TefSchemeId.WHO_2005, NonDetectBound.MEDIUM, fullSet());
            assertClose(medium.ndShare(), 0.665 / 21.175);
            TeqResult lower = teq(TefSchemeId.WHO_2005, NonDetectBound.LOWER, fullSet());
            assertThat(lower.ndShare()).isZero();
            assertThat(upper.flags()).isEmpty();
        }
    }

    @Nested
    class Units {

        @Test
        void ngPerKgAndPptArePgPerGAndNgPerGIsAThousandTimesMore() {
            assertThat(Unit.parse("ng/kg").toBase(7.5)).isEqualTo(7.5);
            assertThat(Unit.parse("PPT").toBase(7.5)).isEqualTo(7.5);
            assertThat(Unit.parse(" ng/g ").toBase(0.0075)).isCloseTo(7.5, within(7.5 * REL));
            // 0.002 ng/g TCDD (2 pg/g) + 300 ng/kg OCDD (300 pg/g · 0.0003 = 0.09) + 10 ppt TCDF (· 0.1 = 1)
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, List.of(
                    Measurement.detected("2,3,7,8-TCDD", 0.002, Unit.NG_PER_G),
                    Measurement.detected("OCDD", 300, Unit.NG_PER_KG),
                    Measurement.detected("2,3,7,8-TCDF", 10, Unit.PPT)));
            assertClose(r.teq(), 3.09);
            assertThat(r.unit()).isEqualTo("pg/g");
        }

        @Test
        void waterResultsGiveATeqInPgPerLitre() {
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.LOWER,
                    List.of(Measurement.detected("PCB-126", 4, Unit.PG_PER_L)));
            assertClose(r.teq(), 0.4);
            assertThat(r.unit()).isEqualTo("pg/L");
        }

        @Test
        void mixingDryWeightAndWaterIsRefused() {
            assertThatThrownBy(() -> teq(TefSchemeId.WHO_2005, NonDetectBound.LOWER, List.of(
                    Measurement.detected("2,3,7,8-TCDD", 1, Unit.PG_PER_G),
                    Measurement.detected("OCDD", 1, Unit.PG_PER_L))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a TEQ sums concentrations of one basis only, but pg/g (pg/g basis) and pg/L (pg/L basis)"
                            + " are mixed at OCDD");
        }

        @Test
        void anUnknownUnitIsNamed() {
            assertThatThrownBy(() -> Unit.parse("mg/kg")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unit must be one of pg/g, ng/kg, ppt, ng/g, pg/L, pg/g lipid: mg/kg");
        }
    }

    @Nested
    class NonDetectFlags {

        /* Lower 1 (TCDD), upper 1 + 0.3·1 = 1.3: spread 0.3/1.3 = 23% > 20%; non-detect share 23%. */
        @Test
        void boundsMoreThanTwentyPercentApartAreFlagged() {
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, List.of(
                    Measurement.detected("2,3,7,8-TCDD", 1, Unit.PG_PER_G),
                    Measurement.notDetected("2,3,4,7,8-PeCDF", 1, Unit.PG_PER_G)));
            assertClose(r.upper(), 1.3);
            assertThat(r.flags()).containsExactly(TeqFlag.UPPER_LOWER_DIFFER_OVER_20_PERCENT);
        }

        /* Lower 1, upper 1 + 2·0.1 = 1.2: spread 0.2/1.2 = 16.7%, not flagged. */
        @Test
        void boundsLessThanTwentyPercentApartAreNotFlagged() {
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, List.of(
                    Measurement.detected("2,3,7,8-TCDD", 1, Unit.PG_PER_G),
                    Measurement.notDetected("2,3,7,8-TCDF", 2, Unit.PG_PER_G)));
            assertThat(r.flags()).isEmpty();
        }

        /* Lower 0.1 (TCDF 1 · 0.1), upper 0.1 + 0.5 (PeCDD limit 0.5 · 1) = 0.6: non-detects 83% of it. */
        @Test
        void moreThanEightyPercentFromNonDetectsIsFlaggedUnderEveryBound() {
            for (NonDetectBound b : NonDetectBound.values()) {
                TeqResult r = teq(TefSchemeId.WHO_2005, b, List.of(
                        Measurement.detected("2,3,7,8-TCDF", 1, Unit.PG_PER_G),
                        Measurement.notDetected("1,2,3,7,8-PeCDD", 0.5, Unit.PG_PER_G)));
                assertThat(r.flags()).containsExactlyInAnyOrder(TeqFlag.UPPER_LOWER_DIFFER_OVER_20_PERCENT,
                        TeqFlag.NON_DETECTS_OVER_80_PERCENT);
            }
        }

        /* Upper 0.1 + 0.35 = 0.45: non-detects 77.8%, not flagged. */
        @Test
        void seventyEightPercentFromNonDetectsIsNotFlagged() {
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, List.of(
                    Measurement.detected("2,3,7,8-TCDF", 1, Unit.PG_PER_G),
                    Measurement.notDetected("1,2,3,7,8-PeCDD", 0.35, Unit.PG_PER_G)));
            assertClose(r.ndShare(), 0.35 / 0.45);
            assertThat(r.flags()).containsExactly(TeqFlag.UPPER_LOWER_DIFFER_OVER_20_PERCENT);
        }

        @Test
        void anAllZeroSampleHasNoFlagsAndZeroShares() {
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER,
                    List.of(Measurement.detected("OCDD", 0, Unit.PG_PER_G)));
            assertThat(r.teq()).isZero();
            assertThat(r.ndShare()).isZero();
            assertThat(r.tcddShare()).isZero();
            assertThat(r.flags()).isEmpty();
        }
    }

    @Nested
    class CongenersOutsideTheScheme {

        @Test
        void areListedAndLeftOutOfTheSum() {
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, List.of(
                    Measurement.detected("2,3,7,8-TCDD", 3, Unit.PG_PER_G),
                    Measurement.detected("PCB-153", 5000, Unit.PG_PER_G),
                    Measurement.notDetected("1,2,3,4-TCDD", 2, Unit.PG_PER_G)));
            assertClose(r.teq(), 3);
            assertThat(r.notInScheme()).containsExactly("PCB-153", "1,2,3,4-TCDD");
            assertThat(r.tcddShare()).isEqualTo(1.0);
        }

        @Test
        void namesAreMatchedBySynonymOrCas() {
            TeqResult r = teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, List.of(
                    Measurement.detected("1746-01-6", 3, Unit.PG_PER_G),
                    Measurement.detected("cb 126", 10, Unit.PG_PER_G)));
            assertClose(r.teq(), 4);
            assertThat(r.tcddShare()).isCloseTo(0.75, within(0.75 * REL));
        }

        @Test
        void oneCongenerTwiceIsRefused() {
            assertThatThrownBy(() -> teq(TefSchemeId.WHO_2005, NonDetectBound.UPPER, List.of(
                    Measurement.detected("2,3,7,8-TCDD", 3, Unit.PG_PER_G),
                    Measurement.detected("TCDD", 4, Unit.PG_PER_G))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("2,3,7,8-TCDD is reported twice in one sample");
        }
    }

    @Test
    void aMeasurementNeedsItsValueOrItsLimit() {
        assertThatThrownBy(() -> new Measurement("OCDD", java.util.OptionalDouble.empty(), Unit.PG_PER_G, false,
                java.util.OptionalDouble.empty())).hasMessage("a non-detect needs its detection limit: OCDD");
        assertThatThrownBy(() -> Measurement.detected("OCDD", -1, Unit.PG_PER_G))
                .hasMessage("value must be a finite number >= 0: OCDD -1.0");
    }
}
