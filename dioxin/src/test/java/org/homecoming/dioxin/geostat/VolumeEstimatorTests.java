package org.homecoming.dioxin.geostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeEstimatorTests {

    private static final Region SQUARE = PolygonRegion.of(new double[] {0, 500, 500, 0}, new double[] {0, 0, 500, 500});

    /** log10 TEQ = 4 − r/100 around (250, 250): above 1,000 pg/g exactly within 100 m of the centre. */
    private static double cone(double x, double y) {
        return Math.pow(10, 4 - Math.hypot(x - 250, y - 250) / 100);
    }

    @Test
    void theVolumeOfAKnownHotspotLiesWithinTheStatedRange() {
        List<VolumeEstimator.Teq> teqs = new ArrayList<>();
        for (double x = 7; x < 500; x += 31) {
            for (double y = 11; y < 500; y += 31) {
                teqs.add(new VolumeEstimator.Teq(x, y, cone(x, y)));
            }
        }
        DepthLayer layer = new DepthLayer(0, 0.3);
        LayerVolume v = new VolumeEstimator(0.1).estimate(layer, teqs, 1000, SQUARE, Grid.covering(SQUARE.bounds(), 5));
        double trueArea = Math.PI * 100 * 100;
        assertThat(v.cells()).isEqualTo(10_000);
        assertThat(v.regionAreaM2()).isCloseTo(250_000, within(1e-6));
        assertThat(v.lowAreaM2()).isLessThanOrEqualTo(trueArea);
        assertThat(v.highAreaM2()).isGreaterThanOrEqualTo(trueArea);
        assertThat(v.areaM2()).isCloseTo(trueArea, within(trueArea * 0.05));
        assertThat(v.idwAreaM2()).isPositive();
        assertThat(v.volumeM3()).isCloseTo(v.areaM2() * 0.3, within(1e-9));
        assertThat(v.lowM3()).isLessThanOrEqualTo(v.volumeM3());
        assertThat(v.highM3()).isGreaterThanOrEqualTo(v.volumeM3());
        // A smooth field sampled densely: kriging predicts the left-out samples better than IDW does.
        assertThat(v.kriging().rootMeanSquareError()).isLessThan(v.idw().rootMeanSquareError());
    }

    @Test
    void aThresholdAboveEverySampleLeavesAlmostNothingAndOneBelowEverySampleTakesTheWholeSite() {
        List<VolumeEstimator.Teq> teqs = new ArrayList<>();
        for (double x = 25; x < 500; x += 50) {
            for (double y = 25; y < 500; y += 50) {
                teqs.add(new VolumeEstimator.Teq(x, y, 50 + x / 10 + y / 20));
            }
        }
        VolumeEstimator e = new VolumeEstimator(0.1);
        Grid g = Grid.covering(SQUARE.bounds(), 10);
        LayerVolume none = e.estimate(new DepthLayer(0, 1), teqs, 100_000, SQUARE, g);
        assertThat(none.areaM2()).isZero();
        assertThat(none.lowAreaM2()).isZero();
        LayerVolume all = e.estimate(new DepthLayer(0, 1), teqs, 1, SQUARE, g);
        assertThat(all.areaM2()).isCloseTo(250_000, within(1e-6));
        assertThat(all.lowAreaM2()).isCloseTo(250_000, within(1e-6));
    }

    @Test
    void theProbabilityAboveIsTheNormalTail() {
        assertThat(VolumeEstimator.probabilityAbove(3, 0.5, 3)).isCloseTo(0.5, within(1e-15));
        // z = 1.2815515655446004 is the 90% quantile of the standard normal.
        assertThat(VolumeEstimator.probabilityAbove(3 + 0.5 * 1.2815515655446004, 0.5, 3)).isCloseTo(0.9, within(1e-12));
        assertThat(VolumeEstimator.probabilityAbove(2.9, 0, 3)).isZero();
    }

    @Test
    void nonDetectsAtZeroAreKrigedAtTheFloor() {
        List<VolumeEstimator.Teq> teqs = new ArrayList<>();
        for (double x = 25; x < 500; x += 50) {
            for (double y = 25; y < 500; y += 50) {
                teqs.add(new VolumeEstimator.Teq(x, y, x < 250 ? 0 : 2000 + y));
            }
        }
        LayerVolume v = new VolumeEstimator(0.1).estimate(new DepthLayer(0, 0.5), teqs, 1000, SQUARE, Grid.covering(SQUARE.bounds(), 10));
        assertThat(v.estimates()).allSatisfy(c -> assertThat(c.log10Estimate()).isGreaterThan(-2.5));
        // The east half is above, the west half below; the split falls between the columns of samples.
        assertThat(v.areaM2()).isBetween(100_000.0, 150_000.0);
    }

    @Test
    void theAdvisorPointsAtTheUncertainMarginAndKeepsItsDistance() {
        DepthLayer layer = new DepthLayer(0, 1);
        List<CellEstimate> cells = List.of(new CellEstimate(0, 0, 5, 5, 0, 1, 0.99, 0), new CellEstimate(1, 0, 15, 5, 0, 1, 0.5, 0),
                new CellEstimate(2, 0, 25, 5, 0, 1, 0.4, 0), new CellEstimate(3, 0, 35, 5, 0, 1, 0.3, 0),
                new CellEstimate(4, 0, 45, 5, 0, 1, 0.0, 0));
        LayerVolume v = new LayerVolume(layer, 5, null, null, null, 100, 5, 0, 0, 0, 0, 0, cells);
        List<SamplingAdvisor.Suggestion> next = new SamplingAdvisor().suggest(List.of(v, v), List.of(), 10, 15);
        // Score = Σ layers V·√(p(1−p)), V = 100 m³: the 0.5 cell scores 2·100·0.5 = 100; (25,5) and (5,5) lie
        // within 15 m of it, and the p = 0 cell settles nothing.
        assertThat(next).extracting(SamplingAdvisor.Suggestion::x).containsExactly(15.0, 35.0);
        assertThat(next.get(0).scoreM3()).isCloseTo(100, within(1e-9));
        // An existing sample next to the best cell moves the first suggestion elsewhere; a certain cell is never named.
        List<SamplingAdvisor.Suggestion> away = new SamplingAdvisor().suggest(List.of(v), List.of(new Observation(16, 5, 1)), 10, 5);
        assertThat(away).extracting(SamplingAdvisor.Suggestion::x).containsExactly(25.0, 35.0, 5.0);
    }
}
