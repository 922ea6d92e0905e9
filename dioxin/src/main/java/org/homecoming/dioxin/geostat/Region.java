package org.homecoming.dioxin.geostat;

/**
 * The part of the plane an estimate covers (a site's outline), with the box around it.
 *
 * <pre>{@code
 * Region r = PolygonRegion.of(new double[] {0, 100, 100, 0}, new double[] {0, 0, 50, 50});
 * r.contains(10, 10); // true
 * }</pre>
 */
public interface Region {

    boolean contains(double x, double y);

    Bounds bounds();

    /** An axis-aligned box on the plane, in metres. */
    record Bounds(double minX, double minY, double maxX, double maxY) {

        public Bounds {
            if (!(maxX > minX) || !(maxY > minY)) {
                throw new IllegalArgumentException("a region must have an extent in x and y: " + minX + ".." + maxX
                        + ", " + minY + ".." + maxY);
            }
        }
    }
}
