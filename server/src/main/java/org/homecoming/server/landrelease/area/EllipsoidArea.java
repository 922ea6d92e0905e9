package org.homecoming.server.landrelease.area;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The area in m² of a lon/lat polygon or multipolygon on the WGS 84 ellipsoid, never in degrees.
 *
 * <pre>{@code
 * EllipsoidArea.squareMetres(polygon); // 1 000 000 ± 0.5% for a 1 km square at 16.8° N
 * }</pre>
 *
 * <p>Method: each ring is densified so that no step exceeds {@value #STEP_DEGREES}° in longitude or latitude
 * (an edge follows the straight line in lon/lat, as GeoJSON draws it, so an edge along a parallel stays on the
 * parallel), projected by the Lambert azimuthal <em>equal-area</em> projection of the ellipsoid centred on the
 * geometry's envelope (Snyder, "Map Projections — A Working Manual", USGS PP 1395, 1987, pp. 187–188, through the
 * authalic latitude), and measured with the shoelace formula; holes are subtracted. The projection keeps areas
 * exactly, so the only error is the chord between densified vertices (docs/land-release/hazard-areas.md).
 */
public final class EllipsoidArea {

    /** WGS 84 semi-major axis in metres. */
    static final double A = 6_378_137.0;
    /** WGS 84 flattening. */
    static final double F = 1 / 298.257223563;
    static final double E2 = F * (2 - F);
    static final double E = Math.sqrt(E2);
    /** Longest step between densified vertices, in degrees (about 55 m of latitude). */
    static final double STEP_DEGREES = 0.0005;

    private static final double QP = q(1.0);
    /** Radius of the sphere with the ellipsoid's surface area. */
    private static final double RQ = A * Math.sqrt(QP / 2);

    private EllipsoidArea() {
    }

    /** The area of {@code g} in m²; 0 for anything that is not a polygon or multipolygon. */
    public static double squareMetres(Geometry g) {
        if (g == null || g.isEmpty()) {
            return 0;
        }
        Envelope env = g.getEnvelopeInternal();
        Projection p = new Projection(env.centre().y, env.centre().x);
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon poly) {
                total += Math.abs(p.ringArea(poly.getExteriorRing()));
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    total -= Math.abs(p.ringArea(poly.getInteriorRingN(h)));
                }
            }
        }
        return total;
    }

    /** Snyder's q (eq. 3-12) of a latitude given by its sine. */
    static double q(double sinPhi) {
        double es = E * sinPhi;
        return (1 - E2) * (sinPhi / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
    }

    /** The oblique Lambert azimuthal equal-area projection of the ellipsoid about one centre. */
    private static final class Projection {

        private final double lon0;
        private final double sinB1;
        private final double cosB1;
        private final double d;

        Projection(double lat0, double lon0) {
            this.lon0 = Math.toRadians(lon0);
            double phi1 = Math.toRadians(lat0);
            double beta1 = Math.asin(q(Math.sin(phi1)) / QP);
            this.sinB1 = Math.sin(beta1);
            this.cosB1 = Math.cos(beta1);
            double m1 = Math.cos(phi1) / Math.sqrt(1 - E2 * Math.sin(phi1) * Math.sin(phi1));
            this.d = A * m1 / (RQ * cosB1);
        }

        /** Signed shoelace area of the densified, projected ring. */
        double ringArea(LineString ring) {
            Coordinate[] cs = ring.getCoordinates();
            double sum = 0;
            double[] prev = project(cs[0].x, cs[0].y);
            for (int i = 1; i < cs.length; i++) {
                Coordinate a = cs[i - 1];
                Coordinate b = cs[i];
                int steps = Math.max(1, (int) Math.ceil(Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)) / STEP_DEGREES));
                for (int s = 1; s <= steps; s++) {
                    double t = (double) s / steps;
                    double[] next = project(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
                    sum += prev[0] * next[1] - next[0] * prev[1];
                    prev = next;
                }
            }
            return sum / 2;
        }

        /** Snyder eqs. 24-2, 24-3 and 24-4 (x, y in metres about the centre). */
        private double[] project(double lonDeg, double latDeg) {
            double beta = Math.asin(q(Math.sin(Math.toRadians(latDeg))) / QP);
            double dLon = Math.toRadians(lonDeg) - lon0;
            double sinB = Math.sin(beta);
            double cosB = Math.cos(beta);
            double b = RQ * Math.sqrt(2 / (1 + sinB1 * sinB + cosB1 * cosB * Math.cos(dLon)));
            return new double[] {b * d * cosB * Math.sin(dLon), (b / d) * (cosB1 * sinB - sinB1 * cosB * Math.cos(dLon))};
        }
    }
}
