package org.homecoming.kinship.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The posterior when each remains may be someone of the registry outside the graph. */
class UnlistedTests {

    /** p = 0.5 and 2 remains: prior pair odds 0.5, so each weight is LR / 2. */
    private static final MatchingPrior HALF = new MatchingPrior(0.5, 2);
    private static final ExclusivePosterior.Settings EXACT = ExclusivePosterior.Settings.defaults();
    private static final ExclusivePosterior.Settings GIBBS = new ExclusivePosterior.Settings(1, 500, 20_000, 11);

    private static PairLr pair(String r, String m, double lr) {
        return new PairLr(r, m, Math.log(lr));
    }

    private static double posterior(List<PairPosterior> all, String r, String m) {
        return all.stream().filter(p -> p.remains().equals(r) && p.missing().equals(m)).findFirst().orElseThrow().posterior();
    }

    /** LRs 8, 2, 4, 6 give weights 4, 1, 2, 3. */
    private static final List<PairLr> TWO_BY_TWO = List.of(pair("R1", "M1", 8), pair("R1", "M2", 2),
            pair("R2", "M1", 4), pair("R2", "M2", 6));

    @Nested
    class Posterior {

        /**
         * One remains, one listed person of weight 4 (LR 8), unlisted persons of summed LR 6: the
         * free state weighs 1 + 0.5 × 6 = 4, so P = 4 / (4 + 4) = 0.5 (without them, 4 / 5).
         */
        @Test
        void oneRemainsSharesWithTheUnlistedMassByHand() {
            List<PairLr> one = List.of(pair("R1", "M1", 8));
            assertThat(posterior(ExclusivePosterior.of(one, HALF, EXACT), "R1", "M1")).isCloseTo(0.8, within(1e-12));
            assertThat(posterior(ExclusivePosterior.of(one, HALF, EXACT, Map.of("R1", Math.log(6))), "R1", "M1"))
                    .isCloseTo(0.5, within(1e-12));
        }

        /**
         * The unlisted persons of R1, written out as persons each paired with R1 alone (LRs 1, 2, 3,
         * summing to 6), give by enumeration the same posteriors as the pooled sum.
         */
        @Test
        void thePooledSumEqualsThePersonsWrittenOut() {
            List<PairLr> explicit = new ArrayList<>(TWO_BY_TWO);
            explicit.add(pair("R1", "X1", 1));
            explicit.add(pair("R1", "X2", 2));
            explicit.add(pair("R1", "X3", 3));
            List<PairPosterior> written = ExclusivePosterior.of(explicit, HALF, EXACT);
            List<PairPosterior> pooled = ExclusivePosterior.of(TWO_BY_TWO, HALF, EXACT, Map.of("R1", Math.log(6)));
            for (PairLr p : TWO_BY_TWO) {
                assertThat(posterior(pooled, p.remains(), p.missing()))
                        .isCloseTo(posterior(written, p.remains(), p.missing()), within(1e-12));
            }
            // By hand: R1 free weighs 1 + 3 = 4; Z = 4·1 + 4·2 + 4·3 + 4 (R1M1) + 1 (R1M2) + 12 + 2 = 43.
            assertThat(posterior(pooled, "R1", "M1")).isCloseTo((4 + 12) / 43.0, within(1e-12));
            assertThat(posterior(pooled, "R2", "M2")).isCloseTo((4 * 3 + 12) / 43.0, within(1e-12));
        }

        @Test
        void theSamplerAgreesWithEnumerationWithUnlistedMass() {
            Map<String, Double> unlisted = Map.of("R1", Math.log(6), "R2", Math.log(40));
            List<PairPosterior> exact = ExclusivePosterior.of(TWO_BY_TWO, HALF, EXACT, unlisted);
            List<PairPosterior> sampled = ExclusivePosterior.of(TWO_BY_TWO, HALF, GIBBS, unlisted);
            for (PairLr p : TWO_BY_TWO) {
                assertThat(posterior(sampled, p.remains(), p.missing()))
                        .isCloseTo(posterior(exact, p.remains(), p.missing()), within(0.015));
            }
            assertThat(sampled).extracting(PairPosterior::method).containsOnly(PairPosterior.Method.GIBBS);
        }

        @Test
        void hugeUnlistedSumsDoNotOverflow() {
            List<PairPosterior> p = ExclusivePosterior.of(List.of(pair("R1", "M1", 8)), HALF, EXACT, Map.of("R1", 1000.0));
            assertThat(posterior(p, "R1", "M1")).isEqualTo(0);
            assertThat(ExclusivePosterior.lnFree(1000)).isCloseTo(1000, within(1e-12));
            assertThat(ExclusivePosterior.lnFree(0)).isCloseTo(Math.log(2), within(1e-15));
        }
    }

    @Nested
    class Sums {

        @Test
        void aPersonWhoJoinsTheGraphLeavesTheSums() {
            Unlisted u = new Unlisted(Math.log(10), Math.log(50)).without(4, 20);
            assertThat(Math.exp(u.lnAutosomal())).isCloseTo(6, within(1e-12));
            assertThat(Math.exp(u.lnWithContext())).isCloseTo(30, within(1e-12));
            assertThat(u.lnLr(EvidenceSet.ALL)).isEqualTo(u.lnWithContext());
            assertThat(u.lnLr(EvidenceSet.WITH_LINEAGE)).isEqualTo(u.lnAutosomal());
        }

        @Test
        void aSumThatRoundsToNothingIsEmpty() {
            Unlisted u = new Unlisted(Math.log(3), Math.log(3)).without(3, 3);
            assertThat(u.lnAutosomal()).isEqualTo(Double.NEGATIVE_INFINITY);
        }

        @Test
        void aSumThatIsNotANumberIsRefused() {
            assertThatThrownBy(() -> new Unlisted(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sums must be numbers: NaN, 0.0");
        }
    }
}
