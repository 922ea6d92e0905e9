package org.homecoming.dioxin.geostat;

/**
 * A depth interval below the surface, in metres, e.g. the 0–0.3 m layer of a soil campaign.
 *
 * <pre>{@code
 * new DepthLayer(0.3, 0.6).thickness(); // 0.3
 * }</pre>
 */
public record DepthLayer(double top, double bottom) implements Comparable<DepthLayer> {

    public DepthLayer {
        if (!(top >= 0) || !(bottom > top) || !Double.isFinite(bottom)) {
            throw new IllegalArgumentException("a depth layer needs 0 <= top < bottom (m): " + top + ", " + bottom);
        }
    }

    public double thickness() {
        return bottom - top;
    }

    @Override
    public int compareTo(DepthLayer o) {
        int c = Double.compare(top, o.top);
        return c != 0 ? c : Double.compare(bottom, o.bottom);
    }
}
