package org.homecoming.server.landrelease.area;

import org.homecoming.server.web.Enums;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homecoming.server.geo.ProvinceLocator;
import org.homecoming.server.landrelease.DeviceCategory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/**
 * Reads a GeoJSON Feature describing a hazardous area into a checked {@link NewHazardArea}, filling the defaults:
 * status OPEN, estimated area the outline's area on the ellipsoid, remaining area the estimate, province (today's
 * and before 2025) from the outline. Every refusal is an {@link IllegalArgumentException} naming the field.
 *
 * <pre>{@code
 * reader.read(json.readTree("{\"type\":\"Feature\",\"properties\":{\"class\":\"SHA\"},\"geometry\":{...}}"));
 * }</pre>
 *
 * <p>A cluster-munition or scattered-UXO area may have no outline: its geometry is null or a MultiPoint, its
 * {@code points} describe it and {@code estimatedAreaM2} is then required.
 */
@Component
public class HazardAreaFeatureReader {

    private final AreaGeometry geometry;
    private final ProvinceLocator provinces;

    public HazardAreaFeatureReader(AreaGeometry geometry, ProvinceLocator provinces) {
        this.geometry = geometry;
        this.provinces = provinces;
    }

    public NewHazardArea read(JsonNode feature) {
        if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            throw new IllegalArgumentException("type: the body must be a GeoJSON Feature");
        }
        JsonNode p = feature.path("properties");
        if (!p.isObject()) {
            throw new IllegalArgumentException("properties: missing; a hazardous area needs at least its class");
        }
        AreaClass areaClass = AreaClass.parse(text(p, "class", 16));
        AreaStatus status = p.hasNonNull("status") ? AreaStatus.parse(p.get("status").asText()) : AreaStatus.OPEN;
        boolean outside = p.path("outsideCountry").asBoolean(false);
        List<HazardPoint> points = points(p.path("points"), outside);
        JsonNode g = feature.get("geometry");
        String type = g == null || g.isNull() ? null : g.path("type").asText();
        Geometry outline = null;
        BoundingBox box;
        double measured;
        if (type == null || "MultiPoint".equals(type)) {
            if (points.isEmpty()) {
                throw new IllegalArgumentException("properties.points: an area without a polygon (geometry null or"
                        + " MultiPoint) needs at least one evidence or usage point");
            }
            if (type != null) {
                checkMultiPoint(g, points);
            }
            if (!p.hasNonNull("estimatedAreaM2")) {
                throw new IllegalArgumentException("properties.estimatedAreaM2: required when the area has no polygon");
            }
            box = pointsBox(points);
            measured = Double.NaN;
        } else if ("Polygon".equals(type) || "MultiPolygon".equals(type)) {
            outline = geometry.polygon(g, outside);
            box = BoundingBox.of(outline.getEnvelopeInternal());
            measured = EllipsoidArea.squareMetres(outline);
        } else {
            throw new IllegalArgumentException("geometry must be a GeoJSON Polygon or MultiPolygon (or null or a"
                    + " MultiPoint when points describe the area), not " + type);
        }
        double estimated = p.hasNonNull("estimatedAreaM2") ? area(p, "estimatedAreaM2") : measured;
        double remaining = p.hasNonNull("remainingAreaM2") ? area(p, "remainingAreaM2") : estimated;
        if (remaining > estimated) {
            throw new IllegalArgumentException("properties.remainingAreaM2: " + remaining
                    + " exceeds the estimated area " + estimated);
        }
        Coordinate where = outline != null ? interior(outline) : new Coordinate(points.get(0).lon(), points.get(0).lat());
        Places places = new Places(
                orElse(text(p, "provinceOld", 200), provinces.before2025(where.x, where.y)),
                text(p, "districtOld", 200), text(p, "communeOld", 200),
                orElse(text(p, "province", 200), provinces.current(where.x, where.y)), text(p, "commune", 200));
        return new NewHazardArea(text(p, "name", 300), areaClass, status, outline == null ? null : outline.toText(),
                box, estimated, remaining, outside, places, text(p, "organisation", 200), beneficiaries(p),
                evidence(p.path("evidence")), devices(p.path("devices")), points);
    }

    private static Coordinate interior(Geometry outline) {
        Point point = outline.getInteriorPoint();
        return point.getCoordinate();
    }

    private static String orElse(String given, Optional<String> located) {
        return given != null ? given : located.orElse(null);
    }

    private static String text(JsonNode p, String field, int max) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("properties." + field + ": must be text");
        }
        String s = v.asText().strip();
        if (s.length() > max) {
            throw new IllegalArgumentException("properties." + field + ": longer than " + max + " characters");
        }
        return s;
    }

    private static double area(JsonNode p, String field) {
        JsonNode v = p.get(field);
        if (!v.isNumber() || !(v.asDouble() >= 0) || Double.isInfinite(v.asDouble())) {
            throw new IllegalArgumentException("properties." + field + ": must be a number of m² at least 0: " + v);
        }
        return v.asDouble();
    }

    private static Beneficiaries beneficiaries(JsonNode p) {
        JsonNode b = p.get("beneficiaries");
        if (b == null || b.isNull()) {
            return Beneficiaries.NONE;
        }
        if (!b.isObject()) {
            throw new IllegalArgumentException("properties.beneficiaries: must be {girls, boys, women, men}");
        }
        int[] counts = new int[4];
        String[] names = {"girls", "boys", "women", "men"};
        for (int i = 0; i < 4; i++) {
            JsonNode v = b.path(names[i]);
            if (!v.isMissingNode() && !v.isNull() && (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0)) {
                throw new IllegalArgumentException("properties.beneficiaries." + names[i] + ": must be a whole number"
                        + " at least 0: " + v);
            }
            counts[i] = v.asInt(0);
        }
        return new Beneficiaries(counts[0], counts[1], counts[2], counts[3]);
    }

    private static List<EvidenceKind> evidence(JsonNode list) {
        Set<EvidenceKind> kinds = new LinkedHashSet<>();
        for (int i = 0; i < array(list, "evidence").size(); i++) {
            String field = "properties.evidence[" + i + "]";
            if (!kinds.add(EvidenceKind.parse(list.get(i).asText(), field))) {
                throw new IllegalArgumentException(field + ": " + list.get(i).asText() + " is listed twice");
            }
        }
        return List.copyOf(kinds);
    }

    private static List<DeviceCategory> devices(JsonNode list) {
        Set<DeviceCategory> categories = new LinkedHashSet<>();
        for (int i = 0; i < array(list, "devices").size(); i++) {
            String field = "properties.devices[" + i + "]";
            if (!categories.add(Enums.parse(DeviceCategory.class, list.get(i).asText(), field))) {
                throw new IllegalArgumentException(field + ": " + list.get(i).asText() + " is listed twice");
            }
        }
        return List.copyOf(categories);
    }

    private List<HazardPoint> points(JsonNode list, boolean outside) {
        List<HazardPoint> points = new ArrayList<>();
        for (int i = 0; i < array(list, "points").size(); i++) {
            JsonNode p = list.get(i);
            String field = "properties.points[" + i + "]";
            PointType type = Enums.parse(PointType.class, p.path("type").asText(null), field + ".type");
            PointKind kind = Enums.parse(PointKind.class, p.path("kind").asText(null), field + ".kind");
            if (!type.allows(kind)) {
                throw new IllegalArgumentException(field + ".kind: " + kind + " is not a kind of " + type + " point");
            }
            if (!p.path("lon").isNumber() || !p.path("lat").isNumber()) {
                throw new IllegalArgumentException(field + ": lon and lat must be numbers");
            }
            geometry.checkPoint(p.get("lon").asDouble(), p.get("lat").asDouble(), outside, field);
            String note = p.hasNonNull("note") ? p.get("note").asText().strip() : null;
            if (note != null && note.length() > 1000) {
                throw new IllegalArgumentException(field + ".note: longer than 1000 characters");
            }
            points.add(new HazardPoint(type, kind, p.get("lon").asDouble(), p.get("lat").asDouble(), note));
        }
        return points;
    }

    private static JsonNode array(JsonNode list, String field) {
        if (list.isMissingNode() || list.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("properties." + field + ": must be an array");
        }
        return list;
    }

    private static void checkMultiPoint(JsonNode g, List<HazardPoint> points) {
        JsonNode cs = g.path("coordinates");
        for (int i = 0; i < cs.size(); i++) {
            double lon = cs.get(i).path(0).asDouble(Double.NaN);
            double lat = cs.get(i).path(1).asDouble(Double.NaN);
            if (points.stream().noneMatch(p -> p.lon() == lon && p.lat() == lat)) {
                throw new IllegalArgumentException("geometry: MultiPoint position " + (i + 1) + " " + cs.get(i)
                        + " is not among properties.points, which give each point's type and kind");
            }
        }
    }

    private static BoundingBox pointsBox(List<HazardPoint> points) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        points.forEach(p -> e.expandToInclude(p.lon(), p.lat()));
        return BoundingBox.of(e);
    }
}
