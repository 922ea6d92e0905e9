package org.homecoming.server.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Checks the geometry stored as WKT text (lon/lat, WGS 84): sites' outlines and areas of loss.
 *
 * <pre>{@code
 * Geometries.problem("POLYGON ((106 16, 107 16, 107 17, 106 16))"); // null: valid
 * Geometries.problem("POLYGON ((0 0, 1 1, 0 1, 1 0, 0 0))");        // "not a valid geometry: Self-intersection at ..."
 * }</pre>
 */
public final class Geometries {

    private Geometries() {
    }

    /** Null when {@code wkt} is a valid polygon or multipolygon within WGS 84 bounds, else the problem. */
    public static String problem(String wkt) {
        Geometry g;
        try {
            g = new WKTReader().read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            return "not WKT: " + e.getMessage();
        }
        if (!(g instanceof Polygonal)) {
            return "must be a POLYGON or MULTIPOLYGON: " + g.getGeometryType();
        }
        IsValidOp op = new IsValidOp(g);
        if (!op.isValid()) {
            return "not a valid geometry: " + op.getValidationError();
        }
        var env = g.getEnvelopeInternal();
        if (env.getMinX() < -180 || env.getMaxX() > 180 || env.getMinY() < -90 || env.getMaxY() > 90) {
            return "coordinates outside WGS 84 (lon in [-180, 180], lat in [-90, 90]): " + env;
        }
        return null;
    }

    /** Great-circle distance in kilometres between two WGS 84 points. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
