package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IncompleteBetaTests {

    // Reference values below were computed independently with mpmath at 50 digits
    // (loggamma, log(beta), betainc; the large case as a binomial tail sum).

    @Nested
    class LogGammaAndBeta {
        @Test
        void logGammaOfOneHalfIsHalfLogPi() {
            assertThat(IncompleteBeta.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        }

        @Test
        void logGammaOfIntegersIsLogFactorial() {
            assertThat(IncompleteBeta.logGamma(1)).isCloseTo(0, within(1e-14));
            assertThat(IncompleteBeta.logGamma(6)).isCloseTo(Math.log(120), within(1e-14));
            assertThat(IncompleteBeta.logGamma(21)).isCloseTo(42.335616460753485, within(1e-12));
        }

        @Test
        void logGammaOfALargeArgument() {
            assertThat(IncompleteBeta.logGamma(123.4)).isCloseTo(469.33609744219058579, within(1e-12));
        }

        @Test
        void logBetaKeepsItsDigitsForLargeArguments() {
            assertThat(IncompleteBeta.logBeta(2.5, 3.5)).isCloseTo(-3.3018352699620526098, within(1e-14));
            assertThat(IncompleteBeta.logBeta(3, 100_000)).isCloseTo(-33.845659214100742951, within(1e-12));
            assertThat(IncompleteBeta.logBeta(50_000, 70_000)).isCloseTo(-81507.413369179022853, within(1e-8));
        }
    }

    @Nested
    class Regularized {
        @Test
        void matchesClosedFormsForUnitShapes() {
            // I_x(1, b) = 1 − (1 − x)^b and I_x(a, 1) = x^a.
            assertThat(IncompleteBeta.regularized(0.2, 1, 7)).isCloseTo(1 - Math.pow(0.8, 7), within(1e-14));
            assertThat(IncompleteBeta.regularized(0.7, 3, 1)).isCloseTo(0.343, within(1e-14));
        }

        @Test
        void symmetricShapesGiveOneHalfAtTheMiddle() {
            assertThat(IncompleteBeta.regularized(0.5, 17.5, 17.5)).isCloseTo(0.5, within(1e-14));
        }

        @Test
        void matchesIndependentValues() {
            assertThat(IncompleteBeta.regularized(0.3, 2.5, 3.5)).isCloseTo(0.29675298929566637832, within(1e-14));
            // I_0.0004(100, 200000) = P(Bin(200099, 0.0004) ≥ 100).
            assertThat(IncompleteBeta.regularized(0.0004, 100, 200_000))
                    .isCloseTo(0.017285388237151436273, within(1e-12));
        }

        @Test
        void endpointsAreZeroAndOne() {
            assertThat(IncompleteBeta.regularized(0, 2, 3)).isZero();
            assertThat(IncompleteBeta.regularized(1, 2, 3)).isEqualTo(1);
        }
    }

    @Nested
    class Inverse {
        @Test
        void invertsTheRegularizedFunction() {
            double[][] cases = {{0.3, 2.5, 3.5}, {0.999, 1, 5000}, {1e-6, 4, 9}, {0.975, 11, 990}, {0.5, 0.5, 0.5}};
            for (double[] c : cases) {
                double x = IncompleteBeta.inverse(c[0], c[1], c[2]);
                assertThat(IncompleteBeta.regularized(x, c[1], c[2])).isCloseTo(c[0], within(1e-13 * Math.max(c[0], 1e-3)));
            }
        }

        @Test
        void matchesTheClosedFormForAOne() {
            // I_x(1, b) = p ⇔ x = 1 − (1 − p)^{1/b}.
            assertThat(IncompleteBeta.inverse(0.95, 1, 100)).isCloseTo(0.029513049607039933962, within(1e-15));
        }

        @Test
        void rejectsAProbabilityOutsideTheUnitInterval() {
            assertThatThrownBy(() -> IncompleteBeta.inverse(1.2, 1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("probability must be in [0, 1]: 1.2");
        }

        @Test
        void rejectsANonPositiveShape() {
            assertThatThrownBy(() -> IncompleteBeta.inverse(0.5, 0, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("shape a must be positive and finite: 0.0");
            assertThatThrownBy(() -> IncompleteBeta.regularized(0.5, 1, -3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("shape b must be positive and finite: -3.0");
        }

        @Test
        void rejectsXOutsideTheUnitInterval() {
            assertThatThrownBy(() -> IncompleteBeta.regularized(-0.1, 1, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("x must be in [0, 1]: -0.1");
        }
    }
}
