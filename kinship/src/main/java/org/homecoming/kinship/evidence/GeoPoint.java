package org.homecoming.kinship.evidence;

/**
 * A place on the earth in WGS 84 decimal degrees.
 *
 * <p>{@code new GeoPoint(16.75, 107.18).metresTo(new GeoPoint(16.76, 107.18))} is about 1 112 m.
 *
 * @param lat latitude in [-90, 90]
 * @param lon longitude in [-180, 180]
 */
public record GeoPoint(double lat, double lon) {

    /** Mean earth radius (IUGG), enough for distances of a few hundred kilometres. */
    static final double EARTH_RADIUS_M = 6_371_008.8;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90]: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180]: " + lon);
        }
    }

    /** Great-circle (haversine) distance in metres. */
    public double metresTo(GeoPoint other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
