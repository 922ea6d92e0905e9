package org.homecoming.server.landrelease.area;

import org.locationtech.jts.geom.Envelope;

/**
 * The lon/lat box of an area's outline or points, stored beside it so map and overlap queries read an index.
 *
 * <pre>{@code
 * BoundingBox.of(polygon.getEnvelopeInternal()).minLon();
 * }</pre>
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public static BoundingBox of(Envelope e) {
        return new BoundingBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    public double centreLon() {
        return (minLon + maxLon) / 2;
    }

    public double centreLat() {
        return (minLat + maxLat) / 2;
    }
}
