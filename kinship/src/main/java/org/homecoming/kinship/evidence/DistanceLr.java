package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The likelihood ratio of a missing person's loss place given where remains were recovered: how
 * much likelier that loss place is if the remains are his than if they are someone else's.
 *
 * <pre>{@code
 * DistanceLr d = new DistanceLr(allMissing, ContextModel.defaults());
 * double lr = d.lr(remains, missing);   // in [1/cap, cap]; 1 when a place is unknown
 * }</pre>
 *
 * <p>Same person: the loss place lies around the recovery place as the {@link Displacement} mixture
 * says (a local and a regional circular normal whose variances add the loss and recovery precisions,
 * each read as a 95 % radius, σ = r / 2.448, and a far move after which the loss place is anywhere,
 * as under the other hypothesis), with weights for cemetery and field remains. Someone
 * else: the loss place is drawn from the programme's loss places, a kernel density estimate
 * (Gaussian kernel, Silverman's bandwidth kept in [5, 100] km, leaving the person himself out)
 * mixed with 1 % uniform over their bounding box so that sparse regions never have density 0. So
 * LR = (w_local·φ_local(d) + w_regional·φ_regional(d)) / λ(loss place) + w_far ≥ w_far, then capped.
 */
public final class DistanceLr {

    private static final double RADIUS_95 = Math.sqrt(2 * Math.log(20));
    private static final double UNIFORM_WEIGHT = 0.01;
    private static final double MIN_BANDWIDTH = 5_000;
    private static final double MAX_BANDWIDTH = 100_000;
    private static final double MIN_AREA = 1e10;

    private final ContextModel model;
    private final Map<String, Double> densityAtLoss = new HashMap<>();
    private final double bandwidth;

    /** @param missing every missing person of the programme (those without a loss place are skipped) */
    public DistanceLr(List<MissingContext> missing, ContextModel model) {
        this.model = model;
        List<MissingContext> placed = new ArrayList<>();
        missing.stream().filter(m -> m.lossPlace().isPresent()).forEach(placed::add);
        int n = placed.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double lat0 = placed.stream().mapToDouble(m -> m.lossPlace().get().point().lat()).average().orElse(0);
        for (int i = 0; i < n; i++) {
            GeoPoint p = placed.get(i).lossPlace().get().point();
            x[i] = Math.toRadians(p.lon()) * Math.cos(Math.toRadians(lat0)) * GeoPoint.EARTH_RADIUS_M;
            y[i] = Math.toRadians(p.lat()) * GeoPoint.EARTH_RADIUS_M;
        }
        double spread = Math.sqrt((variance(x) + variance(y)) / 2);
        this.bandwidth = Math.max(MIN_BANDWIDTH, Math.min(MAX_BANDWIDTH, spread * Math.pow(Math.max(n, 1), -1.0 / 6)));
        double area = Math.max(MIN_AREA, (max(x) - min(x)) * (max(y) - min(y)));
        double[] kernelSums = KernelGrid.leaveOneOutSums(x, y, bandwidth);
        for (int i = 0; i < n; i++) {
            double kde = n > 1 ? kernelSums[i] / (n - 1) : 0;
            double uniform = n > 1 ? UNIFORM_WEIGHT / area : 1 / area;
            densityAtLoss.put(placed.get(i).id(), (n > 1 ? 1 - UNIFORM_WEIGHT : 0) * kde + uniform);
        }
    }

    /** The kernel bandwidth in metres, for reports. */
    public double bandwidthMetres() {
        return bandwidth;
    }

    /** The capped LR; 1 when either place is unknown. */
    public double lr(RemainsContext remains, MissingContext missing) {
        return observation(remains, missing)
                .map(o -> model.capped(model.displacement().lr(o.distanceMetres(), o.precisionVariance(), o.background(),
                        o.inCemetery())))
                .orElse(1.0);
    }

    /** The pair's distance, precisions and background density, as {@link DisplacementFit} takes them; empty when a place is unknown. */
    public Optional<Displacement.Observation> observation(RemainsContext remains, MissingContext missing) {
        if (remains.recovery().isEmpty() || missing.lossPlace().isEmpty()) {
            return Optional.empty();
        }
        MissingContext.LossPlace loss = missing.lossPlace().get();
        double d = remains.recovery().get().metresTo(loss.point());
        double sl = loss.precisionMetres() / RADIUS_95;
        double sr = remains.precisionMetres() / RADIUS_95;
        return Optional.of(new Displacement.Observation(d, sl * sl + sr * sr, densityAtLoss.get(missing.id()),
                remains.cemetery()));
    }

    private static double variance(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double mean = 0;
        for (double a : v) {
            mean += a;
        }
        mean /= v.length;
        double s = 0;
        for (double a : v) {
            s += (a - mean) * (a - mean);
        }
        return s / (v.length - 1);
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double a : v) {
            m = Math.max(m, a);
        }
        return v.length == 0 ? 0 : m;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double a : v) {
            m = Math.min(m, a);
        }
        return v.length == 0 ? 0 : m;
    }
}
