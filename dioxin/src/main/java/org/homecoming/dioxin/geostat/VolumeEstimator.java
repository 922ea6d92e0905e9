package org.homecoming.dioxin.geostat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Erf;

/**
 * The area and volume of a layer above a TEQ threshold, estimated by ordinary kriging of log10 TEQ over a site.
 *
 * <pre>{@code
 * VolumeEstimator v = new VolumeEstimator(0.1);
 * LayerVolume l = v.estimate(new DepthLayer(0, 0.3), teqs, 1000, site, Grid.covering(site.bounds(), 10));
 * l.volumeM3(); l.lowM3(); l.highM3();
 * }</pre>
 *
 * <p>Each cell's kriged mean m and standard deviation s of log10 TEQ give the probability that the cell is above
 * the threshold t, P = 1 − Φ((log10 t − m) / s). A cell counts toward the estimate when P > ½ (its kriged median
 * is above t), toward {@code low} when P ≥ 1 − {@code tail} and toward {@code high} when P ≥ {@code tail}; so
 * low ≤ estimate ≤ high always, and with {@code tail} 0.1 the range is each cell's central 80% band. This is a
 * cell-by-cell band, not a joint interval from conditional simulation, which is the next refinement.
 *
 * <p>TEQs below {@link #FLOOR_PG_PER_G} (a lower-bound TEQ of a sample with only non-detects is 0) are raised to
 * it before the logarithm; it is far below every threshold in use.
 */
public final class VolumeEstimator {

    /** The smallest TEQ kriged, pg/g. */
    public static final double FLOOR_PG_PER_G = 0.01;

    /** Lag classes of the empirical variogram. */
    static final int LAG_CLASSES = 12;

    private final double tail;

    public VolumeEstimator(double tail) {
        if (!(tail > 0 && tail < 0.5)) {
            throw new IllegalArgumentException("the tail probability must lie between 0 and 0.5: " + tail);
        }
        this.tail = tail;
    }

    /** A TEQ at a place on the plane, pg/g. */
    public record Teq(double x, double y, double pgPerG) {
    }

    public LayerVolume estimate(DepthLayer layer, List<Teq> teqs, double thresholdPgPerG, Region region, Grid grid) {
        if (!(thresholdPgPerG > 0)) {
            throw new IllegalArgumentException("the threshold must be a positive TEQ in pg/g: " + thresholdPgPerG);
        }
        List<Observation> observations = new ArrayList<>(teqs.size());
        for (Teq t : teqs) {
            if (!(t.pgPerG() >= 0)) {
                throw new IllegalArgumentException("a TEQ must be >= 0: " + t.pgPerG());
            }
            observations.add(new Observation(t.x(), t.y(), Math.log10(Math.max(FLOOR_PG_PER_G, t.pgPerG()))));
        }
        VariogramFitter.Fit fit = new VariogramFitter().fit(EmpiricalVariogram.of(observations, LAG_CLASSES, 0));
        OrdinaryKriging kriging = new OrdinaryKriging(observations, fit.variogram());
        InverseDistanceWeighting idw = new InverseDistanceWeighting(observations, 2);
        double logThreshold = Math.log10(thresholdPgPerG);
        List<Grid.Cell> cells = grid.cellsIn(region);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("no cell of " + grid.cellSize() + " m has its centre inside the site");
        }
        List<CellEstimate> estimates = new ArrayList<>(cells.size());
        int above = 0;
        int low = 0;
        int high = 0;
        int idwAbove = 0;
        double expected = 0;
        for (Grid.Cell c : cells) {
            Estimate k = kriging.estimate(c.x(), c.y());
            double s = k.standardDeviation();
            double p = probabilityAbove(k.value(), s, logThreshold);
            double i = idw.estimate(c.x(), c.y()).value();
            estimates.add(new CellEstimate(c.column(), c.row(), c.x(), c.y(), k.value(), s, p, i));
            above += p > 0.5 ? 1 : 0;
            low += p >= 1 - tail ? 1 : 0;
            high += p >= tail ? 1 : 0;
            idwAbove += i > logThreshold ? 1 : 0;
            expected += p;
        }
        double a = grid.cellArea();
        return new LayerVolume(layer, observations.size(), fit, kriging.crossValidate(), idw.crossValidate(), a,
                cells.size(), above * a, low * a, high * a, expected * a, idwAbove * a, estimates);
    }

    static double probabilityAbove(double mean, double sd, double threshold) {
        if (sd <= 0) {
            return mean > threshold ? 1 : 0;
        }
        return 0.5 * Erf.erfc((threshold - mean) / (sd * Math.sqrt(2)));
    }
}
