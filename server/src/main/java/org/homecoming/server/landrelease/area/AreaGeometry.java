package org.homecoming.server.landrelease.area;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.homecoming.server.geo.Geometries;
import org.homecoming.server.landrelease.bombing.CountryBoxes;
import org.homecoming.server.landrelease.bombing.GeoBox;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.stereotype.Component;

/**
 * Turns the GeoJSON outline of a hazardous area into a JTS polygon or multipolygon (lon/lat, WGS 84), or refuses
 * it with an {@link IllegalArgumentException} whose message names the problem and where it lies.
 *
 * <pre>{@code
 * areaGeometry.polygon(json.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[107,16.8],[107.01,16.8],[107.01,16.81],[107,16.8]]]}"), false);
 * // POLYGON ((107 16.8, 107.01 16.8, 107.01 16.81, 107 16.8))
 * }</pre>
 *
 * <p>The checks, in order: a Polygon or MultiPolygon of closed rings of numeric {@code [lon, lat]}; at least
 * 3 distinct vertices in each ring; JTS validity (self-intersection, ring crossings, holes outside the shell,
 * ...), the location written {@code at LON LAT} with 4 decimals; no two consecutive vertices more than
 * {@value #MAX_GAP_KM} km apart (an outline drawn by a survey team, not a sketch of a province); every vertex
 * inside Viet Nam's box unless the record says the area lies outside it.
 */
@Component
public class AreaGeometry {

    /** Longest edge allowed between two consecutive vertices, in km. */
    public static final double MAX_GAP_KM = 5.0;

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private final GeoBox vietNam;

    public AreaGeometry(CountryBoxes boxes) {
        this.vietNam = boxes.boxFor("VIETNAM");
    }

    /** The polygon or multipolygon of a GeoJSON geometry object; {@code outsideCountry} lifts the country box. */
    public Geometry polygon(JsonNode geometry, boolean outsideCountry) {
        String type = geometry == null || geometry.isNull() ? "null" : geometry.path("type").asText("missing");
        List<Polygon> polygons = new ArrayList<>();
        JsonNode coordinates = geometry == null ? null : geometry.get("coordinates");
        if ("Polygon".equals(type)) {
            polygons.add(polygon(coordinates, "polygon"));
        } else if ("MultiPolygon".equals(type)) {
            if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
                throw new IllegalArgumentException("geometry: a MultiPolygon needs an array of polygons in coordinates");
            }
            for (int i = 0; i < coordinates.size(); i++) {
                polygons.add(polygon(coordinates.get(i), "polygon " + (i + 1)));
            }
        } else {
            throw new IllegalArgumentException("geometry must be a GeoJSON Polygon or MultiPolygon, not " + type);
        }
        Geometry g = polygons.size() == 1 && "Polygon".equals(type) ? polygons.get(0)
                : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            throw new IllegalArgumentException("geometry: " + error.getMessage().toLowerCase(Locale.ROOT) + " at "
                    + lonLat(error.getCoordinate()));
        }
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon poly = (Polygon) g.getGeometryN(p);
            for (int r = 0; r <= poly.getNumInteriorRing(); r++) {
                checkGaps(r == 0 ? poly.getExteriorRing().getCoordinates() : poly.getInteriorRingN(r - 1).getCoordinates());
            }
        }
        if (!outsideCountry) {
            for (Coordinate c : g.getCoordinates()) {
                checkInCountry(c);
            }
        }
        return g;
    }

    /** Refuses a point outside Viet Nam's box unless {@code outsideCountry}; {@code what} names it in the message. */
    public void checkPoint(double lon, double lat, boolean outsideCountry, String what) {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException(what + ": " + lon + " " + lat + " is not a WGS 84 longitude and latitude");
        }
        if (!outsideCountry && !vietNam.contains(lon, lat)) {
            throw new IllegalArgumentException(what + ": " + lonLat(new Coordinate(lon, lat)) + outsideMessage());
        }
    }

    private void checkInCountry(Coordinate c) {
        if (!vietNam.contains(c.x, c.y)) {
            throw new IllegalArgumentException("geometry: vertex " + lonLat(c) + outsideMessage());
        }
    }

    private String outsideMessage() {
        return " lies outside Viet Nam's box (W,S,E,N " + vietNam.west() + "," + vietNam.south() + "," + vietNam.east()
                + "," + vietNam.north() + "); set property outsideCountry to true if the area does lie there";
    }

    private static void checkGaps(Coordinate[] ring) {
        for (int i = 1; i < ring.length; i++) {
            double km = Geometries.distanceKm(ring[i - 1].y, ring[i - 1].x, ring[i].y, ring[i].x);
            if (km > MAX_GAP_KM) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "geometry: vertices %s and %s are %.2f km apart; at most %.0f km may separate two consecutive"
                                + " vertices", lonLat(ring[i - 1]), lonLat(ring[i]), km, MAX_GAP_KM));
            }
        }
    }

    private static Polygon polygon(JsonNode rings, String where) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("geometry: " + where + " needs an array of rings");
        }
        LinearRing shell = ring(rings.get(0), where + ", outer ring");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), where + ", hole " + i);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, String where) {
        if (positions == null || !positions.isArray()) {
            throw new IllegalArgumentException("geometry: " + where + " must be an array of [lon, lat] positions");
        }
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode p : positions) {
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("geometry: " + where + ": position " + (cs.size() + 1)
                        + " must be [lon, lat] numbers: " + p);
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("geometry: " + where + ": position " + (cs.size() + 1) + " " + lon
                        + " " + lat + " is not a WGS 84 longitude and latitude");
            }
            cs.add(new Coordinate(lon, lat));
        }
        Set<Coordinate> distinct = new HashSet<>(cs);
        if (distinct.size() < 3) {
            throw new IllegalArgumentException("geometry: " + where + " has " + distinct.size()
                    + " distinct vertices; a polygon needs at least 3");
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            throw new IllegalArgumentException("geometry: " + where + " is not closed: its last position must repeat"
                    + " the first, " + lonLat(cs.get(0)));
        }
        return FACTORY.createLinearRing(cs.toArray(Coordinate[]::new));
    }

    /** {@code LON LAT} with 4 decimals, the form every message uses. */
    static String lonLat(Coordinate c) {
        return String.format(Locale.ROOT, "%.4f %.4f", c.x, c.y);
    }
}
