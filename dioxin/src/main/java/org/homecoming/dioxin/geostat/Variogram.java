package org.homecoming.dioxin.geostat;

/**
 * A fitted variogram: γ(h) = nugget + partialSill × shape(h, range) for h > 0, and γ(0) = 0.
 *
 * <pre>{@code
 * Variogram v = new Variogram(VariogramModel.SPHERICAL, 0.1, 0.9, 100);
 * v.gamma(50);       // 0.1 + 0.9 × 0.6875 = 0.71875
 * v.covariance(50);  // sill − γ = 0.28125
 * }</pre>
 */
public record Variogram(VariogramModel model, double nugget, double partialSill, double range) {

    public Variogram {
        if (model == null) {
            throw new IllegalArgumentException("a variogram needs a model");
        }
        if (!(nugget >= 0) || !(partialSill >= 0) || !(nugget + partialSill > 0) || !(range > 0)
                || !Double.isFinite(nugget + partialSill + range)) {
            throw new IllegalArgumentException("a variogram needs nugget >= 0, partial sill >= 0, a positive sill and a"
                    + " positive range: " + nugget + ", " + partialSill + ", " + range);
        }
    }

    public double sill() {
        return nugget + partialSill;
    }

    public double gamma(double h) {
        return h <= 0 ? 0.0 : nugget + partialSill * model.shape(h, range);
    }

    /** C(h) = sill − γ(h); C(0) is the sill. */
    public double covariance(double h) {
        return sill() - gamma(h);
    }
}
