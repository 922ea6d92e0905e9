package org.homecoming.dioxin.geostat;

/**
 * One measured value at a place on the local plane, in metres east ({@code x}) and north ({@code y}).
 *
 * <pre>{@code
 * new Observation(120.0, -35.5, Math.log10(850.0)); // log10 TEQ of a sample 120 m east, 35.5 m south
 * }</pre>
 */
public record Observation(double x, double y, double value) {

    public Observation {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("an observation needs finite x, y and value: " + x + ", " + y + ", " + value);
        }
    }

    double distanceTo(double px, double py) {
        return Math.hypot(x - px, y - py);
    }

    double distanceTo(Observation o) {
        return distanceTo(o.x, o.y);
    }
}
