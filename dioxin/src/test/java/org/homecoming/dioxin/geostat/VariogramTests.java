package org.homecoming.dioxin.geostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariogramTests {

    @Test
    void modelsByHand() {
        Variogram s = new Variogram(VariogramModel.SPHERICAL, 0.1, 0.9, 100);
        assertThat(s.gamma(0)).isZero();
        assertThat(s.gamma(50)).isCloseTo(0.1 + 0.9 * 0.6875, within(1e-15));
        assertThat(s.gamma(100)).isCloseTo(1.0, within(1e-15));
        assertThat(s.gamma(250)).isCloseTo(1.0, within(1e-15));
        assertThat(s.covariance(0)).isCloseTo(1.0, within(1e-15));
        Variogram e = new Variogram(VariogramModel.EXPONENTIAL, 0, 2, 90);
        assertThat(e.gamma(30)).isCloseTo(2 * (1 - Math.exp(-1)), within(1e-15));
        assertThat(e.gamma(90) / e.sill()).isCloseTo(1 - Math.exp(-3), within(1e-15)); // practical range: 95%
    }

    @Test
    void aVariogramNeedsASillAndARange() {
        assertThatThrownBy(() -> new Variogram(VariogramModel.SPHERICAL, 0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Variogram(VariogramModel.SPHERICAL, 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Variogram(VariogramModel.SPHERICAL, -0.1, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void empiricalSemivariancesByHand() {
        // Values 0, 1, 3 at x = 0, 1, 2; classes of 1.25 m up to 2.5 m. Lag 1: pairs (0,1) and (1,2), squared
        // differences 1 and 4 → γ = 5/4. Lag 2: pair (0,2), 9 → γ = 9/2.
        List<Observation> obs = List.of(new Observation(0, 0, 0), new Observation(1, 0, 1), new Observation(2, 0, 3));
        EmpiricalVariogram e = EmpiricalVariogram.of(obs, 2, 2.5);
        assertThat(e.lags()).containsExactly(new EmpiricalVariogram.Lag(1, 1.25, 2), new EmpiricalVariogram.Lag(2, 4.5, 1));
        // Default cut-off: half the largest distance (1 m), so only the two 1 m pairs count.
        assertThat(EmpiricalVariogram.of(obs, 1, 0).lags()).containsExactly(new EmpiricalVariogram.Lag(1, 1.25, 2));
    }

    @Test
    void theFitRecoversTheVariogramThatMadeTheSemivariances() {
        for (Variogram truth : List.of(new Variogram(VariogramModel.SPHERICAL, 0.05, 0.6, 140),
                new Variogram(VariogramModel.EXPONENTIAL, 0.2, 1.1, 75), new Variogram(VariogramModel.SPHERICAL, 0, 0.9, 60))) {
            List<EmpiricalVariogram.Lag> lags = new ArrayList<>();
            for (int k = 1; k <= 12; k++) {
                double h = k * 12.5;
                lags.add(new EmpiricalVariogram.Lag(h, truth.gamma(h), 40 + k));
            }
            VariogramFitter.Fit fit = new VariogramFitter().fit(new EmpiricalVariogram(lags, 150));
            assertThat(fit.variogram().model()).isEqualTo(truth.model());
            assertThat(fit.variogram().range()).isCloseTo(truth.range(), within(truth.range() * 1e-4));
            assertThat(fit.variogram().nugget()).isCloseTo(truth.nugget(), within(1e-5));
            assertThat(fit.variogram().partialSill()).isCloseTo(truth.partialSill(), within(1e-5));
            assertThat(fit.weightedSse()).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void withoutSpatialStructureTheFitIsAPureNugget() {
        List<EmpiricalVariogram.Lag> lags = List.of(new EmpiricalVariogram.Lag(10, 0.5, 20),
                new EmpiricalVariogram.Lag(20, 0.5, 30), new EmpiricalVariogram.Lag(30, 0.5, 30));
        Variogram v = new VariogramFitter().fit(new EmpiricalVariogram(lags, 30)).variogram();
        assertThat(v.sill()).isCloseTo(0.5, within(1e-9));
        assertThat(v.gamma(10)).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void valuesThatDoNotVaryHaveNoVariogram() {
        List<Observation> flat = List.of(new Observation(0, 0, 2), new Observation(5, 0, 2), new Observation(0, 5, 2));
        assertThatThrownBy(() -> new VariogramFitter().fit(EmpiricalVariogram.of(flat, 3, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not vary");
    }
}
