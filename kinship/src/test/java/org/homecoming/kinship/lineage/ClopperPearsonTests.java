package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.homecoming.kinship.lineage.ClopperPearson.Sides;
import org.junit.jupiter.api.Test;

class ClopperPearsonTests {

    // Expected bounds: u solving P(Bin(N, u) ≤ x) = α, found by bisection on the exact binomial
    // sum in mpmath at 50 digits (independent of the beta-function route used here).

    @Test
    void unseenHaplotypeAmongOneHundredHasTheClosedFormOneSidedBound() {
        // 1 − 0.05^(1/100) = 1 − exp(ln 0.05 / 100) = 0.0295130496...
        assertThat(ClopperPearson.upperBound(0, 100, 0.05, Sides.ONE_SIDED))
                .isCloseTo(0.029513049607039933962, within(1e-15))
                .isCloseTo(1 - Math.pow(0.05, 1 / 100.0), within(1e-15));
    }

    @Test
    void unseenHaplotypeTwoSidedSpendsHalfOfAlpha() {
        // 1 − 0.025^(1/100).
        assertThat(ClopperPearson.upperBound(0, 100, 0.05, Sides.TWO_SIDED))
                .isCloseTo(1 - Math.pow(0.025, 1 / 100.0), within(1e-15))
                .isCloseTo(0.036216692645176410266, within(1e-15));
    }

    @Test
    void observedHaplotypesMatchTheExactBinomialInversion() {
        assertThat(ClopperPearson.upperBound(1, 100, 0.05, Sides.ONE_SIDED))
                .isCloseTo(0.046559811453538945478, within(1e-14));
        assertThat(ClopperPearson.upperBound(5, 1000, 0.05, Sides.ONE_SIDED))
                .isCloseTo(0.010484076911415653624, within(1e-14));
        assertThat(ClopperPearson.upperBound(3, 20, 0.05, Sides.TWO_SIDED))
                .isCloseTo(0.37892682654531393704, within(1e-13));
        assertThat(ClopperPearson.upperBound(2, 50_000, 0.05, Sides.ONE_SIDED))
                .isCloseTo(0.00012591046346063314982, within(1e-16));
        assertThat(ClopperPearson.upperBound(7, 10, 0.05, Sides.ONE_SIDED))
                .isCloseTo(0.91273556608584969171, within(1e-13));
    }

    @Test
    void theUpperBoundLeavesExactlyAlphaInTheLowerTail() {
        double u = ClopperPearson.upperBound(4, 60, 0.05, Sides.ONE_SIDED);
        double tail = 0;
        for (int k = 0; k <= 4; k++) {
            tail += binomial(60, k) * Math.pow(u, k) * Math.pow(1 - u, 60 - k);
        }
        assertThat(tail).isCloseTo(0.05, within(1e-13));
    }

    @Test
    void allMatchingGivesAnUpperBoundOfOne() {
        assertThat(ClopperPearson.upperBound(12, 12, 0.05, Sides.ONE_SIDED)).isEqualTo(1);
    }

    @Test
    void lowerBoundOfNoMatchesIsZeroAndOtherwiseBelowTheEstimate() {
        assertThat(ClopperPearson.lowerBound(0, 100, 0.05, Sides.TWO_SIDED)).isZero();
        // The lower bound for x of N is 1 − the upper bound for N − x of N.
        assertThat(ClopperPearson.lowerBound(97, 100, 0.05, Sides.ONE_SIDED))
                .isCloseTo(1 - ClopperPearson.upperBound(3, 100, 0.05, Sides.ONE_SIDED), within(1e-14));
    }

    @Test
    void rejectsMoreMatchesThanProfiles() {
        assertThatThrownBy(() -> ClopperPearson.upperBound(5, 4, 0.05, Sides.ONE_SIDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matches must be in [0, 4]: 5");
    }

    @Test
    void rejectsAnEmptyReferenceSet() {
        assertThatThrownBy(() -> ClopperPearson.upperBound(0, 0, 0.05, Sides.ONE_SIDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference set size must be at least 1: 0");
    }

    @Test
    void rejectsAlphaOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> ClopperPearson.upperBound(0, 10, 1.5, Sides.ONE_SIDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be in (0, 1): 1.5");
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }
}
