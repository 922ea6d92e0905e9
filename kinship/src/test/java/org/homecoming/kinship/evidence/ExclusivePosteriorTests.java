package org.homecoming.kinship.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExclusivePosteriorTests {

    /** p = 0.5 and 2 remains: per-pair prior 0.25, prior odds 0.25 / 0.5 = 0.5, so each weight is LR / 2. */
    private static final MatchingPrior HALF = new MatchingPrior(0.5, 2);
    private static final ExclusivePosterior.Settings EXACT = ExclusivePosterior.Settings.defaults();
    private static final ExclusivePosterior.Settings GIBBS = new ExclusivePosterior.Settings(1, 500, 20_000, 7);

    private static PairLr pair(String r, String m, double lr) {
        return new PairLr(r, m, Math.log(lr));
    }

    private static double posterior(List<PairPosterior> all, String r, String m) {
        return all.stream().filter(p -> p.remains().equals(r) && p.missing().equals(m)).findFirst().orElseThrow().posterior();
    }

    /** LRs 8, 2, 4, 6 give weights 4, 1, 2, 3; assignments: none 1, singles 10, {11,22} 12, {12,21} 2: Z = 25. */
    private static final List<PairLr> TWO_BY_TWO = List.of(pair("R1", "M1", 8), pair("R1", "M2", 2),
            pair("R2", "M1", 4), pair("R2", "M2", 6));

    /** Weights R1M1 4, R2M1 2, R2M2 1, R3M2 3; Z = 1 + 10 + (R1M1,R2M2) 4 + (R1M1,R3M2) 12 + (R2M1,R3M2) 6 = 33. */
    private static final List<PairLr> THREE_BY_TWO = List.of(pair("R1", "M1", 8), pair("R2", "M1", 4),
            pair("R2", "M2", 2), pair("R3", "M2", 6));

    @Test
    void thePriorOddsFollowFromTheCounts() {
        MatchingPrior p = MatchingPrior.fromCounts(2000, 2500);
        assertThat(p.pRecovered()).isEqualTo(0.8);
        assertThat(p.perPair()).isCloseTo(0.0004, within(1e-15));
        assertThat(Math.exp(p.lnPairOdds())).isCloseTo(0.0004 / 0.2, within(1e-15));
        assertThat(MatchingPrior.fromCounts(3000, 2500).pRecovered()).isEqualTo(0.99);
        assertThat(Math.exp(HALF.lnPairOdds())).isCloseTo(0.5, within(1e-15));
    }

    @Nested
    class Exact {

        @Test
        void twoRemainsAndTwoPersonsMatchTheHandSums() {
            List<PairPosterior> p = ExclusivePosterior.of(TWO_BY_TWO, HALF, EXACT);
            assertThat(posterior(p, "R1", "M1")).isCloseTo((4 + 12) / 25.0, within(1e-12));
            assertThat(posterior(p, "R1", "M2")).isCloseTo((1 + 2) / 25.0, within(1e-12));
            assertThat(posterior(p, "R2", "M1")).isCloseTo((2 + 2) / 25.0, within(1e-12));
            assertThat(posterior(p, "R2", "M2")).isCloseTo((3 + 12) / 25.0, within(1e-12));
            assertThat(p).extracting(PairPosterior::method).containsOnly(PairPosterior.Method.EXACT);
        }

        @Test
        void threeRemainsAndTwoPersonsMatchTheHandSums() {
            List<PairPosterior> p = ExclusivePosterior.of(THREE_BY_TWO, HALF, EXACT);
            assertThat(posterior(p, "R1", "M1")).isCloseTo((4 + 4 + 12) / 33.0, within(1e-12));
            assertThat(posterior(p, "R2", "M1")).isCloseTo((2 + 6) / 33.0, within(1e-12));
            assertThat(posterior(p, "R2", "M2")).isCloseTo((1 + 4) / 33.0, within(1e-12));
            assertThat(posterior(p, "R3", "M2")).isCloseTo((3 + 12 + 6) / 33.0, within(1e-12));
        }

        /**
         * R1 fits M1 and M2 equally (weight a = 10 each). Alone: P(R1 = M1) = a / (1 + 2a) = 10/21. With
         * R2 = M2 at weight b = 10⁶: Z = 1 + 2a + b + ab, P(R1 = M1) = a(1 + b) / Z, about a / (1 + a).
         */
        @Test
        void remainsWhoseRivalIsIdentifiedElsewhereGain() {
            List<PairLr> alone = List.of(pair("R1", "M1", 20), pair("R1", "M2", 20));
            double before = posterior(ExclusivePosterior.of(alone, HALF, EXACT), "R1", "M1");
            assertThat(before).isCloseTo(10 / 21.0, within(1e-12));
            List<PairLr> rival = new ArrayList<>(alone);
            rival.add(pair("R2", "M2", 2e6));
            double after = posterior(ExclusivePosterior.of(rival, HALF, EXACT), "R1", "M1");
            double a = 10;
            double b = 1e6;
            assertThat(after).isCloseTo(a * (1 + b) / (1 + 2 * a + b + a * b), within(1e-12));
            assertThat(after).isGreaterThan(0.9).isGreaterThan(before);
        }

        @Test
        void separateComponentsDoNotInteract() {
            List<PairLr> two = new ArrayList<>(TWO_BY_TWO);
            two.add(pair("R9", "M9", 8));
            List<PairPosterior> p = ExclusivePosterior.of(two, HALF, EXACT);
            assertThat(posterior(p, "R1", "M1")).isCloseTo(16 / 25.0, within(1e-12));
            assertThat(posterior(p, "R9", "M9")).isCloseTo(4 / 5.0, within(1e-12));
        }

        @Test
        void anExcludedPairHasPosteriorZeroAndDoesNotCompete() {
            List<PairPosterior> p = ExclusivePosterior.of(List.of(pair("R1", "M1", 8), new PairLr("R2", "M1",
                    Double.NEGATIVE_INFINITY)), HALF, EXACT);
            assertThat(posterior(p, "R1", "M1")).isCloseTo(4 / 5.0, within(1e-12));
            assertThat(posterior(p, "R2", "M1")).isZero();
        }

        /** Weights e^700 would overflow a double; the posterior 1 − 1/(1 + e^700) is 1 within rounding. */
        @Test
        void hugeLrsDoNotOverflow() {
            List<PairPosterior> p = ExclusivePosterior.of(List.of(new PairLr("R1", "M1", 700 + Math.log(2)),
                    new PairLr("R2", "M1", 700 + Math.log(2))), HALF, EXACT);
            assertThat(posterior(p, "R1", "M1")).isCloseTo(0.5, within(1e-12));
        }

        @Test
        void aPairGivenTwiceIsRefused() {
            assertThatThrownBy(() -> ExclusivePosterior.of(List.of(pair("R1", "M1", 2), pair("R1", "M1", 3)), HALF, EXACT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("pair given twice: R1 × M1");
        }
    }

    @Nested
    class Gibbs {

        @Test
        void aComponentOverTheLimitIsSampledAndAgreesWithTheHandSums() {
            List<PairPosterior> p = ExclusivePosterior.of(THREE_BY_TWO, HALF, GIBBS);
            assertThat(p).extracting(PairPosterior::method).containsOnly(PairPosterior.Method.GIBBS);
            assertThat(posterior(p, "R1", "M1")).isCloseTo(20 / 33.0, within(0.01));
            assertThat(posterior(p, "R2", "M1")).isCloseTo(8 / 33.0, within(0.01));
            assertThat(posterior(p, "R2", "M2")).isCloseTo(5 / 33.0, within(0.01));
            assertThat(posterior(p, "R3", "M2")).isCloseTo(21 / 33.0, within(0.01));
        }

        /** Two remains equally strong for one person: 10⁴ / (1 + 2·10⁴) each; single-site steps alone would stick. */
        @Test
        void rivalsForOnePersonShareItEvenWhenTheEmptyStateIsAlmostNeverVisited() {
            List<PairPosterior> p = ExclusivePosterior.of(List.of(pair("R1", "M1", 2e4), pair("R2", "M1", 2e4)), HALF, GIBBS);
            assertThat(posterior(p, "R1", "M1")).isCloseTo(0.5, within(0.02));
            assertThat(posterior(p, "R2", "M1")).isCloseTo(0.5, within(0.02));
        }

        @Test
        void aRandomComponentAgreesWithEnumeration() {
            SplittableRandom rng = new SplittableRandom(3);
            List<PairLr> pairs = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                for (int m = 0; m < 5; m++) {
                    if (rng.nextDouble() < 0.5) {
                        pairs.add(new PairLr("R" + r, "M" + m, rng.nextDouble(-3, 6)));
                    }
                }
            }
            List<PairPosterior> exact = ExclusivePosterior.of(pairs, HALF, EXACT);
            List<PairPosterior> gibbs = ExclusivePosterior.of(pairs, HALF, GIBBS);
            for (int i = 0; i < pairs.size(); i++) {
                assertThat(gibbs.get(i).posterior()).as(pairs.get(i).toString())
                        .isCloseTo(exact.get(i).posterior(), within(0.015));
            }
        }
    }
}
