package org.homecoming.dioxin.geostat;

import java.util.Arrays;

/**
 * A region bounded by one ring of vertices on the plane (the ring closes itself), tested by the even–odd rule.
 *
 * <pre>{@code
 * PolygonRegion.of(new double[] {0, 100, 100, 0}, new double[] {0, 0, 50, 50}).contains(50, 25); // true
 * }</pre>
 */
public final class PolygonRegion implements Region {

    private final double[] xs;
    private final double[] ys;
    private final Bounds bounds;

    private PolygonRegion(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        this.bounds = new Bounds(Arrays.stream(xs).min().orElseThrow(), Arrays.stream(ys).min().orElseThrow(),
                Arrays.stream(xs).max().orElseThrow(), Arrays.stream(ys).max().orElseThrow());
    }

    public static PolygonRegion of(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices with an x and a y each");
        }
        return new PolygonRegion(xs.clone(), ys.clone());
    }

    @Override
    public boolean contains(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    @Override
    public Bounds bounds() {
        return bounds;
    }
}
