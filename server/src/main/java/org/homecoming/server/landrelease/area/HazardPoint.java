package org.homecoming.server.landrelease.area;

/**
 * One evidence or usage point of a hazardous area, in WGS 84 degrees.
 *
 * <pre>{@code
 * new HazardPoint(PointType.EVIDENCE, PointKind.SUBMUNITION, 107.0012, 16.8003, "BLU-26, removed");
 * }</pre>
 */
public record HazardPoint(PointType type, PointKind kind, double lon, double lat, String note) {

    public HazardPoint {
        if (!type.allows(kind)) {
            throw new IllegalArgumentException("kind: " + kind + " is not a kind of " + type + " point");
        }
    }
}
