package org.homecoming.dioxin.geostat;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits each {@link VariogramModel} to an empirical variogram by weighted least squares and keeps the best.
 *
 * <pre>{@code
 * VariogramFitter.Fit fit = new VariogramFitter().fit(EmpiricalVariogram.of(observations, 12, 0));
 * fit.variogram(); // e.g. SPHERICAL, nugget 0.05, partial sill 0.6, range 180 m
 * }</pre>
 *
 * <p>The weights are N<sub>k</sub>/h<sub>k</sub>², the number of pairs over the squared lag (the default of
 * gstat's {@code fit.variogram}), which trusts the short lags that matter for kriging and needs no iteration.
 * For a given range the nugget and partial sill enter linearly, so they are solved exactly (kept non-negative);
 * the range is found by a scan followed by a golden-section search, so the fit is deterministic.
 */
public final class VariogramFitter {

    private static final int SCAN = 120;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /** A fitted variogram, the empirical one it was fitted to and the weighted sum of squared residuals. */
    public record Fit(Variogram variogram, EmpiricalVariogram empirical, double weightedSse) {
    }

    public Fit fit(EmpiricalVariogram empirical) {
        boolean varies = empirical.lags().stream().anyMatch(l -> l.semivariance() > 0);
        if (!varies) {
            throw new IllegalArgumentException("the values do not vary, so there is no variogram to fit");
        }
        Fit best = null;
        for (VariogramModel model : VariogramModel.values()) {
            Fit f = fit(empirical, model);
            if (best == null || f.weightedSse() < best.weightedSse()) {
                best = f;
            }
        }
        return best;
    }

    /** The best variogram of one model. */
    public Fit fit(EmpiricalVariogram empirical, VariogramModel model) {
        List<EmpiricalVariogram.Lag> lags = empirical.lags();
        double shortest = lags.get(0).distance();
        double low = shortest / 4;
        double high = empirical.maxDistance() * 2;
        double step = (high - low) / SCAN;
        double bestRange = low;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= SCAN; i++) {
            double r = low + i * step;
            double sse = solve(lags, model, r).sse;
            if (sse < bestSse) {
                bestSse = sse;
                bestRange = r;
            }
        }
        double a = Math.max(low, bestRange - step);
        double b = Math.min(high, bestRange + step);
        for (int i = 0; i < 60 && b - a > 1e-9 * high; i++) {
            double c = b - GOLDEN * (b - a);
            double d = a + GOLDEN * (b - a);
            if (solve(lags, model, c).sse <= solve(lags, model, d).sse) {
                b = d;
            } else {
                a = c;
            }
        }
        double range = (a + b) / 2;
        Linear at = solve(lags, model, range);
        if (at.sse > bestSse) {
            range = bestRange;
            at = solve(lags, model, range);
        }
        return new Fit(new Variogram(model, at.nugget, at.partialSill, range), empirical, at.sse);
    }

    private record Linear(double nugget, double partialSill, double sse) {
    }

    /** Weighted least squares of γ = nugget + partialSill × shape for a fixed range, both kept >= 0. */
    private static Linear solve(List<EmpiricalVariogram.Lag> lags, VariogramModel model, double range) {
        double sw = 0;
        double sf = 0;
        double sff = 0;
        double sg = 0;
        double sfg = 0;
        List<double[]> rows = new ArrayList<>(lags.size());
        for (EmpiricalVariogram.Lag l : lags) {
            double w = l.pairs() / (l.distance() * l.distance());
            double f = model.shape(l.distance(), range);
            double g = l.semivariance();
            sw += w;
            sf += w * f;
            sff += w * f * f;
            sg += w * g;
            sfg += w * f * g;
            rows.add(new double[] {w, f, g});
        }
        double det = sw * sff - sf * sf;
        double nugget;
        double sill;
        if (Math.abs(det) > 1e-300) {
            nugget = (sff * sg - sf * sfg) / det;
            sill = (sw * sfg - sf * sg) / det;
        } else {
            nugget = -1;
            sill = -1;
        }
        if (nugget < 0 || sill < 0) {
            // The best non-negative pair lies on an edge: no nugget, or a pure nugget (no spatial structure).
            double onlySill = sff > 0 ? Math.max(0, sfg / sff) : 0;
            double onlyNugget = Math.max(0, sg / sw);
            double e1 = sse(rows, 0, onlySill);
            double e2 = sse(rows, onlyNugget, 0);
            if (e1 <= e2 && onlySill > 0) {
                nugget = 0;
                sill = onlySill;
            } else {
                nugget = onlyNugget;
                sill = 0;
            }
        }
        return new Linear(nugget, sill, sse(rows, nugget, sill));
    }

    private static double sse(List<double[]> rows, double nugget, double sill) {
        double s = 0;
        for (double[] r : rows) {
            double e = r[2] - nugget - sill * r[1];
            s += r[0] * e * e;
        }
        return s;
    }
}
