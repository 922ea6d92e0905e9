package org.homecoming.dioxin.geostat;

/**
 * An interpolated value and the variance of its error (NaN where the method gives none, as inverse distance
 * weighting does).
 *
 * <pre>{@code
 * Estimate e = kriging.estimate(100, 50);
 * double sd = e.standardDeviation();
 * }</pre>
 */
public record Estimate(double value, double variance) {

    public double standardDeviation() {
        return Math.sqrt(Math.max(0, variance));
    }
}
