package org.homecoming.dioxin.geostat;

/**
 * The shape of a variogram between nugget and sill, as a fraction of the partial sill reached at lag {@code h}.
 *
 * <pre>{@code
 * VariogramModel.SPHERICAL.shape(50, 100); // 0.6875
 * }</pre>
 *
 * <p>The Gaussian model is left out on purpose: with a small nugget its kriging matrices are nearly singular,
 * and soil contamination fields are not that smooth.
 */
public enum VariogramModel {
    /** Reaches the sill exactly at the range. */
    SPHERICAL {
        @Override
        public double shape(double h, double range) {
            if (h >= range) {
                return 1.0;
            }
            double r = h / range;
            return 1.5 * r - 0.5 * r * r * r;
        }
    },
    /** Approaches the sill; the range given is the practical range (95% of the sill). */
    EXPONENTIAL {
        @Override
        public double shape(double h, double range) {
            return 1.0 - Math.exp(-3.0 * h / range);
        }
    };

    /** The fraction of the partial sill at lag {@code h >= 0} for a (practical) range {@code range > 0}. */
    public abstract double shape(double h, double range);
}
