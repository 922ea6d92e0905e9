package org.homecoming.dioxin.geostat;

/**
 * A flat plane in metres tangent to the Earth at an origin, for a site a few kilometres across.
 *
 * <pre>{@code
 * LocalPlane p = new LocalPlane(10.97, 106.80);
 * double east = p.x(106.81), north = p.y(10.98);  // about 1,092 m and 1,112 m
 * }</pre>
 *
 * <p>An equirectangular projection: over 5 km its distances are within about 0.1% of the great-circle ones, far
 * inside the sampling error of a soil campaign, and it needs no projection library.
 */
public record LocalPlane(double originLat, double originLon) {

    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_M = 6_371_008.8;

    public LocalPlane {
        if (!(originLat >= -85 && originLat <= 85) || !(originLon >= -180 && originLon <= 180)) {
            throw new IllegalArgumentException("origin must be a latitude within ±85 and a longitude within ±180: "
                    + originLat + ", " + originLon);
        }
    }

    public double x(double lon) {
        return Math.toRadians(lon - originLon) * EARTH_RADIUS_M * Math.cos(Math.toRadians(originLat));
    }

    public double y(double lat) {
        return Math.toRadians(lat - originLat) * EARTH_RADIUS_M;
    }

    public double lon(double x) {
        return originLon + Math.toDegrees(x / (EARTH_RADIUS_M * Math.cos(Math.toRadians(originLat))));
    }

    public double lat(double y) {
        return originLat + Math.toDegrees(y / EARTH_RADIUS_M);
    }
}
