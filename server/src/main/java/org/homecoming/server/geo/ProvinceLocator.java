package org.homecoming.server.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

/**
 * Which province contains a point, today (the 34 provinces since 1 July 2025) and before the merger (the 63), from
 * the outlines bundled for the maps ({@code static/geo/vn-provinces-34.geojson} and {@code -63}, see
 * {@code static/geo/SOURCES.txt}).
 *
 * <pre>{@code
 * provinces.current(107.10, 16.82); // Optional["Quảng Trị"]  (Đông Hà)
 * provinces.before2025(106.62, 17.47); // Optional["Quảng Bình"], current: "Quảng Trị"
 * }</pre>
 *
 * <p>Names drop the "Tỉnh"/"Thành phố" prefix ("Hà Nội", not "Thành phố Hà Nội"). The outlines are read once at
 * start-up; a lookup tests the envelopes first and then the prepared outline of the few candidates. A point at
 * sea or abroad has no province.
 */
@Component
public class ProvinceLocator {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final List<Province> current;
    private final List<Province> before2025;

    public ProvinceLocator() {
        this.current = load("/static/geo/vn-provinces-34.geojson");
        this.before2025 = load("/static/geo/vn-provinces-63.geojson");
    }

    /** The province of today (one of 34) containing the point. */
    public Optional<String> current(double lon, double lat) {
        return find(current, lon, lat);
    }

    /** The province before 1 July 2025 (one of 63) containing the point. */
    public Optional<String> before2025(double lon, double lat) {
        return find(before2025, lon, lat);
    }

    /** Today's 34 province names, in Vietnamese alphabetical order, for filters. */
    public List<String> currentNames() {
        return names(current);
    }

    /** The 63 province names before 1 July 2025, in Vietnamese alphabetical order, for filters. */
    public List<String> before2025Names() {
        return names(before2025);
    }

    private static List<String> names(List<Province> provinces) {
        java.text.Collator order = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return provinces.stream().map(Province::name).distinct().sorted(order).toList();
    }

    /** How many outlines each set has: 34 and 63. */
    public int[] sizes() {
        return new int[] {current.size(), before2025.size()};
    }

    private static Optional<String> find(List<Province> provinces, double lon, double lat) {
        Point p = FACTORY.createPoint(new Coordinate(lon, lat));
        for (Province province : provinces) {
            if (province.outline().getGeometry().getEnvelopeInternal().contains(lon, lat)
                    && province.outline().covers(p)) {
                return Optional.of(province.name());
            }
        }
        return Optional.empty();
    }

    private static List<Province> load(String resource) {
        JsonNode root;
        try (InputStream in = ProvinceLocator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Province> provinces = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            String name = f.path("properties").path("name").asText().replaceFirst("^(Tỉnh|Thành phố) ", "");
            provinces.add(new Province(name, PreparedGeometryFactory.prepare(multiPolygon(f.path("geometry")))));
        }
        return List.copyOf(provinces);
    }

    private static Geometry multiPolygon(JsonNode geometry) {
        JsonNode cs = geometry.path("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asText())) {
            polygons.add(polygon(cs));
        } else {
            cs.forEach(p -> polygons.add(polygon(p)));
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing[] all = new LinearRing[rings.size()];
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            Coordinate[] cs = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            }
            all[r] = FACTORY.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[all.length - 1];
        System.arraycopy(all, 1, holes, 0, holes.length);
        return FACTORY.createPolygon(all[0], holes);
    }

    /** One province's name and prepared outline. */
    private record Province(String name, PreparedGeometry outline) {
    }
}
