package org.homecoming.simulator.programme;

/**
 * A WGS 84 position in decimal degrees.
 *
 * <p>{@code new GeoPoint(16.75, 107.18)}
 */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90]: " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180]: " + lon);
        }
    }

    /** A point {@code north} metres north and {@code east} metres east of this one (flat-earth, fine below ~10 km). */
    public GeoPoint offset(double north, double east) {
        double dLat = north / 111_320.0;
        double dLon = east / (111_320.0 * Math.cos(Math.toRadians(lat)));
        return new GeoPoint(lat + dLat, lon + dLon);
    }
}
