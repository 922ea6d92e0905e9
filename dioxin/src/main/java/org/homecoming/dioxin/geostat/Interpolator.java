package org.homecoming.dioxin.geostat;

/**
 * Estimates a value anywhere on the plane from the observations it was built on.
 *
 * <pre>{@code
 * Interpolator i = new InverseDistanceWeighting(observations, 2);
 * i.estimate(10, 20).value();
 * }</pre>
 */
public interface Interpolator {

    Estimate estimate(double x, double y);

    /** Each observation predicted from all the others. */
    CrossValidation crossValidate();
}
