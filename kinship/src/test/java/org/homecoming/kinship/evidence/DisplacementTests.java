package org.homecoming.kinship.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisplacementTests {

    private static final Displacement MODEL = new Displacement(2_000, 30_000, new Displacement.Weights(0.8, 0.1, 0.1),
            new Displacement.Weights(0.2, 0.6, 0.2));

    @Nested
    class Lr {

        /**
         * A cemetery remains 20 km from the loss place, precision variance 10⁸ m², background
         * 10⁻¹⁰ per m²: local variance 1.04·10⁸, regional 1.0·10⁹; LR = (0.2 φ_l + 0.6 φ_r) / λ + 0.2.
         */
        @Test
        void theLrMixesTheComponentsOverTheBackground() {
            double vl = 1e8 + 4e6;
            double vr = 1e8 + 9e8;
            double d = 20_000;
            double phiL = Math.exp(-d * d / (2 * vl)) / (2 * Math.PI * vl);
            double phiR = Math.exp(-d * d / (2 * vr)) / (2 * Math.PI * vr);
            double expected = (0.2 * phiL + 0.6 * phiR) / 1e-10 + 0.2;
            assertThat(MODEL.lr(d, 1e8, 1e-10, true)).isCloseTo(expected, within(1e-12 * expected));
            // φ_r = e^{−0.2} / 2π·10⁹ = 1.3030·10⁻¹⁰ dominates: the regional component carries the cemetery.
            assertThat(expected).isCloseTo(0.6 * 1.3030e-10 / 1e-10 + 0.2 + 0.2 * phiL / 1e-10, within(1e-3));
        }

        @Test
        void farRemainsKeepTheFarWeight() {
            assertThat(MODEL.lr(2_000_000, 0, 1e-10, false)).isCloseTo(0.1, within(1e-12));
        }

        @Test
        void badWeightsAreRefused() {
            assertThatThrownBy(() -> new Displacement.Weights(0.5, 0.5, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("weights must be >= 0 (far > 0) and sum to 1: 0.5, 0.5, 0.0");
            assertThatThrownBy(() -> new Displacement(5_000, 4_000, MODEL.field(), MODEL.cemetery()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("regionalMetres must be finite and > localMetres: 4000.0");
        }
    }

    @Nested
    class Fit {

        /**
         * One EM step by hand on two field observations and no cemetery one. Start: local 2 km,
         * regional 30 km, field weights 0.8/0.1/0.1, background 10⁻¹⁰, no precision. At 1 km:
         * responsibilities ∝ 0.8 φ(1 km; 4·10⁶), 0.1 φ(1 km; 9·10⁸), 0.1·10⁻¹⁰.
         */
        @Test
        void oneStepMatchesTheHandResponsibilities() {
            List<Displacement.Observation> obs = List.of(new Displacement.Observation(1_000, 0, 1e-10, false),
                    new Displacement.Observation(40_000, 0, 1e-10, false));
            double[] a = responsibilities(1_000);
            double[] b = responsibilities(40_000);
            Displacement next = DisplacementFit.step(obs, MODEL);
            // Two observations plus one pseudo-observation per component: n = 5.
            assertThat(next.field().local()).isCloseTo((a[0] + b[0] + 1) / 5, within(1e-12));
            assertThat(next.field().regional()).isCloseTo((a[1] + b[1] + 1) / 5, within(1e-12));
            // No cemetery observation: the pseudo-observations alone, 1/3 each.
            assertThat(next.cemetery().regional()).isCloseTo(1.0 / 3, within(1e-12));
            double local2 = (a[0] * 1_000.0 * 1_000 / 2 + b[0] * 40_000.0 * 40_000 / 2) / (a[0] + b[0]);
            assertThat(next.localMetres()).isCloseTo(Math.max(100, Math.sqrt(local2)), within(1e-6));
            double regional2 = (a[1] * 1_000.0 * 1_000 / 2 + b[1] * 40_000.0 * 40_000 / 2) / (a[1] + b[1]);
            assertThat(next.regionalMetres()).isCloseTo(Math.max(2 * next.localMetres(), Math.sqrt(regional2)), within(1e-6));
        }

        private double[] responsibilities(double d) {
            double l = 0.8 * Math.exp(-d * d / 8e6) / (2 * Math.PI * 4e6);
            double r = 0.1 * Math.exp(-d * d / 1.8e9) / (2 * Math.PI * 9e8);
            double f = 0.1 * 1e-10;
            return new double[] {l / (l + r + f), r / (l + r + f), f / (l + r + f)};
        }

        /**
         * Displacements drawn from a known mixture (local 3 km, regional 25 km; field 0.9/0/0.1,
         * cemetery 0.3/0.6/0.1; far = uniform over a 1 000 km square, density 10⁻¹²) are fitted from
         * the defaults to within a few hundredths and a few hundred metres.
         */
        @Test
        void theFitRecoversAKnownMixture() {
            SplittableRandom rng = new SplittableRandom(3);
            List<Displacement.Observation> obs = new ArrayList<>();
            for (int i = 0; i < 6_000; i++) {
                boolean cemetery = i % 2 == 0;
                double u = rng.nextDouble();
                double d;
                if (u < (cemetery ? 0.3 : 0.9)) {
                    d = rayleigh(3_000, rng);
                } else if (u < 0.9) {
                    d = rayleigh(25_000, rng);
                } else {
                    d = Math.hypot(rng.nextDouble() * 1e6 - 5e5, rng.nextDouble() * 1e6 - 5e5);
                }
                obs.add(new Displacement.Observation(d, 0, 1e-12, cemetery));
            }
            Displacement fit = DisplacementFit.fit(obs, Displacement.defaults(), 200);
            assertThat(fit.localMetres()).isCloseTo(3_000, within(150.0));
            assertThat(fit.regionalMetres()).isCloseTo(25_000, within(1_500.0));
            assertThat(fit.field().local()).isCloseTo(0.9, within(0.02));
            assertThat(fit.field().regional()).isCloseTo(0, within(0.02));
            assertThat(fit.cemetery().local()).isCloseTo(0.3, within(0.03));
            assertThat(fit.cemetery().regional()).isCloseTo(0.6, within(0.03));
            assertThat(fit.cemetery().far()).isCloseTo(0.1, within(0.02));
        }

        /** Distance of a circular normal point with σ per axis from its centre. */
        private double rayleigh(double sigma, SplittableRandom rng) {
            return sigma * Math.sqrt(-2 * Math.log(1 - rng.nextDouble()));
        }

        @Test
        void noObservationsKeepTheStart() {
            assertThat(DisplacementFit.fit(List.of(), MODEL, 10)).isEqualTo(MODEL);
        }
    }
}
