package org.homecoming.dioxin.geostat;

import java.util.List;

/**
 * Inverse distance weighting: a weighted mean of the observations with weights 1/d^power. Shown beside kriging
 * for comparison; it gives no error variance.
 *
 * <pre>{@code
 * new InverseDistanceWeighting(List.of(new Observation(0, 0, 1), new Observation(2, 0, 3)), 2).estimate(1, 0); // 2
 * }</pre>
 */
public final class InverseDistanceWeighting implements Interpolator {

    private final List<Observation> observations;
    private final double power;

    public InverseDistanceWeighting(List<Observation> observations, double power) {
        if (observations.size() < 2) {
            throw new IllegalArgumentException("inverse distance weighting needs at least 2 observations");
        }
        if (!(power > 0)) {
            throw new IllegalArgumentException("the power must be positive: " + power);
        }
        this.observations = List.copyOf(observations);
        this.power = power;
    }

    @Override
    public Estimate estimate(double x, double y) {
        return new Estimate(weighted(x, y, -1), Double.NaN);
    }

    private double weighted(double x, double y, int leftOut) {
        double sw = 0;
        double swz = 0;
        for (int i = 0; i < observations.size(); i++) {
            if (i == leftOut) {
                continue;
            }
            Observation o = observations.get(i);
            double d = o.distanceTo(x, y);
            if (d < 1e-9) {
                return o.value();
            }
            double w = Math.pow(d, -power);
            sw += w;
            swz += w * o.value();
        }
        return swz / sw;
    }

    @Override
    public CrossValidation crossValidate() {
        double[] errors = new double[observations.size()];
        for (int i = 0; i < errors.length; i++) {
            Observation o = observations.get(i);
            errors[i] = o.value() - weighted(o.x(), o.y(), i);
        }
        return CrossValidation.of(errors, null);
    }
}
