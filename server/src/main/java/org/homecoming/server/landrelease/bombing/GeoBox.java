package org.homecoming.server.landrelease.bombing;

/**
 * A bounding box in decimal degrees (WGS84), edges included.
 *
 * <pre>{@code
 * new GeoBox(102.1, 8.4, 109.5, 23.4).contains(105.85, 21.03); // true: Hà Nội
 * }</pre>
 */
public record GeoBox(double west, double south, double east, double north) {

    public GeoBox {
        if (!(west >= -180 && east <= 180 && west < east)) {
            throw new IllegalArgumentException("bbox west and east must satisfy -180 <= W < E <= 180: " + west + "," + east);
        }
        if (!(south >= -90 && north <= 90 && south < north)) {
            throw new IllegalArgumentException("bbox south and north must satisfy -90 <= S < N <= 90: " + south + "," + north);
        }
    }

    /** The box of {@code W,S,E,N}, the order of the density request's {@code bbox}. */
    public static GeoBox parse(String wsen) {
        String[] parts = wsen == null ? new String[0] : wsen.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be W,S,E,N in decimal degrees: " + wsen);
        }
        try {
            return new GeoBox(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox must be W,S,E,N in decimal degrees: " + wsen);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }
}
