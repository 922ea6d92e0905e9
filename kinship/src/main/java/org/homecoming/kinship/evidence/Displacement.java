package org.homecoming.kinship.evidence;

import java.util.Objects;

/**
 * How far remains lie from where their person was lost: a mixture of a local displacement (carried
 * to an aid station, buried by comrades nearby), a regional one (gathered into a cemetery of the
 * province) and a far move (the loss place is then anywhere, as for someone else), with weights
 * that differ between remains found in a cemetery and remains found in the field.
 *
 * <pre>{@code
 * Displacement d = Displacement.defaults();                 // 2 km local, 30 km regional (weight 0)
 * double lr = d.lr(5_000, 4e6, 1e-10, false);               // distance LR before the cap
 * Displacement fitted = DisplacementFit.fit(observations, d, 50);
 * }</pre>
 *
 * <p>Each spatial component is a circular normal whose variance adds the loss and recovery
 * precisions (σ², per axis) to the component's own; the far component has the density λ of
 * "someone else's" loss place, so the LR is (w_local·φ_local(d) + w_regional·φ_regional(d)) / λ + w_far.
 *
 * @param localMetres standard deviation per axis of a local displacement
 * @param regionalMetres standard deviation per axis of a regional displacement
 * @param field the mixture weights of remains found outside a cemetery
 * @param cemetery the mixture weights of remains found in a cemetery
 */
public record Displacement(double localMetres, double regionalMetres, Weights field, Weights cemetery) {

    public Displacement {
        if (!(localMetres > 0) || Double.isInfinite(localMetres)) {
            throw new IllegalArgumentException("localMetres must be finite and > 0: " + localMetres);
        }
        if (!(regionalMetres > localMetres) || Double.isInfinite(regionalMetres)) {
            throw new IllegalArgumentException("regionalMetres must be finite and > localMetres: " + regionalMetres);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(cemetery, "cemetery");
    }

    /**
     * The unfitted model: 2 km local; field remains 90 % local, 10 % moved far; cemetery remains
     * 50 % and 50 %; a regional component of 30 km with weight 0 until fitted
     * ({@link DisplacementFit}).
     */
    public static Displacement defaults() {
        return new Displacement(2_000, 30_000, new Weights(0.9, 0, 0.1), new Weights(0.5, 0, 0.5));
    }

    /** The weights of remains found in a cemetery ({@code true}) or elsewhere. */
    public Weights weights(boolean inCemetery) {
        return inCemetery ? cemetery : field;
    }

    /**
     * The distance LR, uncapped.
     *
     * @param distanceMetres between the recovery place and the loss place
     * @param precisionVariance σ_loss² + σ_recovery², per axis, in m²
     * @param background density λ (per m²) of someone else's loss place at this one
     * @param inCemetery whether the remains were found in a cemetery
     */
    public double lr(double distanceMetres, double precisionVariance, double background, boolean inCemetery) {
        Weights w = weights(inCemetery);
        double near = w.local() * normal(distanceMetres, precisionVariance + localMetres * localMetres)
                + w.regional() * normal(distanceMetres, precisionVariance + regionalMetres * regionalMetres);
        return near / background + w.far();
    }

    /** Density at distance d of a circular normal with variance v per axis: exp(−d²/2v) / 2πv. */
    static double normal(double d, double v) {
        return Math.exp(-d * d / (2 * v)) / (2 * Math.PI * v);
    }

    /**
     * Mixture weights, summing to 1; the far weight is above 0, so that the LR never falls below it.
     *
     * <p>{@code new Displacement.Weights(0.6, 0.3, 0.1)}
     */
    public record Weights(double local, double regional, double far) {

        public Weights {
            if (!(local >= 0 && regional >= 0 && far > 0) || Math.abs(local + regional + far - 1) > 1e-9) {
                throw new IllegalArgumentException("weights must be >= 0 (far > 0) and sum to 1: " + local + ", "
                        + regional + ", " + far);
            }
        }
    }

    /**
     * One remains × missing person pair known to be the same person, as the fit sees it.
     *
     * <p>{@code new Displacement.Observation(12_000, 4e6, 2e-10, true)}
     *
     * @param distanceMetres between the recovery place and the loss place
     * @param precisionVariance σ_loss² + σ_recovery², per axis, in m²
     * @param background density λ of someone else's loss place at this one, per m²
     * @param inCemetery whether the remains were found in a cemetery
     */
    public record Observation(double distanceMetres, double precisionVariance, double background, boolean inCemetery) {

        public Observation {
            if (!(distanceMetres >= 0) || !(precisionVariance >= 0) || !(background > 0)) {
                throw new IllegalArgumentException("distance and variance must be >= 0, background > 0: " + distanceMetres
                        + ", " + precisionVariance + ", " + background);
            }
        }
    }
}
