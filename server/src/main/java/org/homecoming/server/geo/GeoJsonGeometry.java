package org.homecoming.server.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A stored polygon (WKT, lon lat) or point as a GeoJSON geometry object, ready for Jackson.
 *
 * <pre>{@code
 * GeoJsonGeometry.of("POLYGON ((107 16.8, 107.01 16.8, 107.01 16.81, 107 16.8))"); // {"type":"Polygon",...}
 * GeoJsonGeometry.point(107.05, 16.75);                                              // {"type":"Point",...}
 * }</pre>
 */
public final class GeoJsonGeometry {

    private GeoJsonGeometry() {
    }

    public static Map<String, Object> point(double lon, double lat) {
        return Map.of("type", "Point", "coordinates", new double[] {lon, lat});
    }

    public static Map<String, Object> of(String wkt) {
        Geometry g;
        try {
            g = new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("stored geometry is not WKT: " + e.getMessage(), e);
        }
        return of(g);
    }

    /** A polygon or multipolygon (lon lat) as GeoJSON. */
    public static Map<String, Object> of(Geometry g) {
        if (g instanceof Polygon p) {
            return Map.of("type", "Polygon", "coordinates", rings(p));
        }
        List<Object> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            polygons.add(rings((Polygon) g.getGeometryN(i)));
        }
        return Map.of("type", "MultiPolygon", "coordinates", polygons);
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static List<double[]> positions(Coordinate[] cs) {
        List<double[]> out = new ArrayList<>(cs.length);
        for (Coordinate c : cs) {
            out.add(new double[] {c.x, c.y});
        }
        return out;
    }
}
