package org.homecoming.dioxin.geostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrdinaryKrigingTests {

    private static final Variogram SPHERICAL_20 = new Variogram(VariogramModel.SPHERICAL, 0, 1, 20);

    @Nested
    class ByHand {

        @Test
        void midwayBetweenTwoObservationsWeighsThemEqually() {
            // C(h) = 1 − (1.5 h/20 − 0.5 (h/20)³): C(5) = 0.6328125, C(10) = 0.3125. By symmetry λ = ½, ½, so
            // μ = C(5) − ½(C(0) + C(10)) and σ² = C(0) − 2·½·C(5) − μ = 1.5 + 0.5·0.3125 − 2·0.6328125 = 0.390625.
            OrdinaryKriging k = new OrdinaryKriging(List.of(new Observation(0, 0, 1), new Observation(10, 0, 3)), SPHERICAL_20);
            Estimate e = k.estimate(5, 0);
            assertThat(e.value()).isCloseTo(2.0, within(1e-12));
            assertThat(e.variance()).isCloseTo(0.390625, within(1e-12));
        }

        @Test
        void anObservationIsReproducedWithNoVarianceWhenThereIsNoNugget() {
            OrdinaryKriging k = new OrdinaryKriging(List.of(new Observation(0, 0, 1), new Observation(10, 0, 3),
                    new Observation(4, 7, 2.5)), SPHERICAL_20);
            Estimate e = k.estimate(4, 7);
            assertThat(e.value()).isCloseTo(2.5, within(1e-12));
            assertThat(e.variance()).isCloseTo(0.0, within(1e-12));
        }

        @Test
        void beyondTheRangeTheEstimateIsTheGeneralisedLeastSquaresMean() {
            // Past the range every covariance to the target is 0: the weights become the GLS weights of the mean,
            // here (for two uncorrelated points 30 m apart) ½ and ½; σ² = sill + μ-term = 1 + ½ = 1.5.
            OrdinaryKriging k = new OrdinaryKriging(List.of(new Observation(0, 0, 1), new Observation(30, 0, 3)), SPHERICAL_20);
            Estimate e = k.estimate(15, 100);
            assertThat(e.value()).isCloseTo(2.0, within(1e-12));
            assertThat(e.variance()).isCloseTo(1.5, within(1e-12));
        }
    }

    @Test
    void agreesWithTheSemivarianceFormOfTheSystemSolvedIndependently() {
        // The same estimate from the γ-form [Γ 1; 1ᵀ 0][λ; ν] = [γ₀; 1], σ² = Σλγ₀ + ν, solved by plain
        // Gaussian elimination: a different formulation and a different solver must give the same numbers.
        Variogram v = new Variogram(VariogramModel.EXPONENTIAL, 0.05, 0.8, 60);
        List<Observation> obs = scattered(9, 80, 11);
        OrdinaryKriging k = new OrdinaryKriging(obs, v);
        for (double[] target : new double[][] {{13, 27}, {55, 5}, {40, 40}, {-10, 90}}) {
            int n = obs.size();
            double[][] a = new double[n + 1][n + 2];
            double[] g0 = new double[n];
            for (int i = 0; i < n; i++) {
                g0[i] = v.gamma(obs.get(i).distanceTo(target[0], target[1]));
                for (int j = 0; j < n; j++) {
                    a[i][j] = v.gamma(obs.get(i).distanceTo(obs.get(j)));
                }
                a[i][n] = 1;
                a[n][i] = 1;
                a[i][n + 1] = g0[i];
            }
            a[n][n + 1] = 1;
            double[] w = gauss(a);
            double value = 0;
            double variance = w[n];
            for (int i = 0; i < n; i++) {
                value += w[i] * obs.get(i).value();
                variance += w[i] * g0[i];
            }
            Estimate e = k.estimate(target[0], target[1]);
            assertThat(e.value()).isCloseTo(value, within(1e-9));
            assertThat(e.variance()).isCloseTo(variance, within(1e-9));
        }
    }

    @Test
    void leaveOneOutFromTheInverseEqualsKrigingWithoutEachObservation() {
        Variogram v = new Variogram(VariogramModel.SPHERICAL, 0.1, 0.7, 50);
        List<Observation> obs = scattered(12, 100, 5);
        CrossValidation fast = new OrdinaryKriging(obs, v).crossValidate();
        double sum = 0;
        double squares = 0;
        double standardised = 0;
        for (int i = 0; i < obs.size(); i++) {
            List<Observation> rest = new ArrayList<>(obs);
            Observation out = rest.remove(i);
            Estimate e = new OrdinaryKriging(rest, v).estimate(out.x(), out.y());
            double err = out.value() - e.value();
            sum += err;
            squares += err * err;
            standardised += err * err / e.variance();
        }
        int n = obs.size();
        assertThat(fast.observations()).isEqualTo(n);
        assertThat(fast.meanError()).isCloseTo(sum / n, within(1e-9));
        assertThat(fast.rootMeanSquareError()).isCloseTo(Math.sqrt(squares / n), within(1e-9));
        assertThat(fast.meanStandardisedSquaredError()).isCloseTo(standardised / n, within(1e-9));
    }

    @Test
    void observationsAtOnePlaceAreAveraged() {
        OrdinaryKriging k = new OrdinaryKriging(List.of(new Observation(0, 0, 1), new Observation(0, 0, 2),
                new Observation(10, 0, 3)), SPHERICAL_20);
        assertThat(k.observations()).containsExactly(new Observation(0, 0, 1.5), new Observation(10, 0, 3));
    }

    @Test
    void oneSamplingPlaceIsNotEnough() {
        assertThatThrownBy(() -> new OrdinaryKriging(List.of(new Observation(0, 0, 1), new Observation(0, 0, 2)), SPHERICAL_20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two places");
    }

    @Test
    void inverseDistanceWeightingIsTheWeightedMeanAndLeavesEachOneOutByHand() {
        List<Observation> obs = List.of(new Observation(0, 0, 1), new Observation(2, 0, 3), new Observation(0, 4, 5));
        InverseDistanceWeighting idw = new InverseDistanceWeighting(obs, 2);
        // At (1,0): d = 1, 1, √17 → w = 1, 1, 1/17: (1 + 3 + 5/17) / (2 + 1/17) = 73/35.
        assertThat(idw.estimate(1, 0).value()).isCloseTo(73.0 / 35, within(1e-12));
        assertThat(idw.estimate(2, 0).value()).isEqualTo(3.0);
        // Leave-one-out: at (0,0) from (2,0) w ¼ and (0,4) w 1/16 → (3/4 + 5/16)/(5/16) = 3.4, error −2.4;
        // at (2,0) from (0,0) w ¼ and (0,4) w 1/20 → (1/4 + 1/4)/(3/10) = 5/3, error 4/3;
        // at (0,4) from (0,0) w 1/16 and (2,0) w 1/20 → (1/16 + 3/20)/(9/80) = 17/9, error 28/9.
        CrossValidation cv = idw.crossValidate();
        double[] e = {-2.4, 4.0 / 3, 28.0 / 9};
        assertThat(cv.meanError()).isCloseTo((e[0] + e[1] + e[2]) / 3, within(1e-12));
        assertThat(cv.rootMeanSquareError()).isCloseTo(Math.sqrt((e[0] * e[0] + e[1] * e[1] + e[2] * e[2]) / 3), within(1e-12));
        assertThat(cv.meanStandardisedSquaredError()).isNaN();
    }

    static List<Observation> scattered(int n, double size, long seed) {
        Random r = new Random(seed);
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble() * size;
            double y = r.nextDouble() * size;
            obs.add(new Observation(x, y, Math.sin(x / 30) + Math.cos(y / 25) + 0.1 * r.nextGaussian()));
        }
        return obs;
    }

    /** Gaussian elimination with partial pivoting of an augmented matrix (last column the right-hand side). */
    private static double[] gauss(double[][] a) {
        int n = a.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
