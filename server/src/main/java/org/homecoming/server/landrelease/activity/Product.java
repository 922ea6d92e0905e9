package org.homecoming.server.landrelease.activity;

/**
 * What a completed activity released, in m², by way of release, and the depth cleared to.
 *
 * <pre>{@code
 * new Product(0, 0, 2500, 30).totalM2(); // 2500.0
 * }</pre>
 */
public record Product(double cancelledM2, double reducedM2, double clearedM2, Integer clearanceDepthCm) {

    public static final Product NONE = new Product(0, 0, 0, null);

    public double totalM2() {
        return cancelledM2 + reducedM2 + clearedM2;
    }

    /** The amount released by {@code kind}. */
    public double of(ReleaseKind kind) {
        return switch (kind) {
            case CANCELLED -> cancelledM2;
            case REDUCED -> reducedM2;
            case CLEARED -> clearedM2;
        };
    }
}
