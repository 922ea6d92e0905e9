package org.homecoming.server.landrelease.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.geo.GeoJsonGeometry;

/**
 * Hazardous areas as GeoJSON (maps ready for Jackson): a FeatureCollection of the list, one Feature with all its
 * detail. Shared by the API and the pages' map.
 *
 * <pre>{@code
 * HazardAreaGeoJson.collection(service.list(HazardAreaFilter.ALL)); // {"type":"FeatureCollection","features":[...]}
 * }</pre>
 *
 * <p>An area without a polygon is drawn as the MultiPoint of its points.
 */
public final class HazardAreaGeoJson {

    private HazardAreaGeoJson() {
    }

    public static Map<String, Object> collection(List<ListedArea> areas) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "FeatureCollection");
        c.put("features", areas.stream().map(a -> feature(a.area(), a.points(), summary(a.area()))).toList());
        return c;
    }

    public static Map<String, Object> feature(HazardAreaDetail d) {
        HazardArea a = d.area();
        Map<String, Object> p = summary(a);
        p.put("districtOld", a.places().districtOld());
        p.put("communeOld", a.places().communeOld());
        p.put("commune", a.places().commune());
        p.put("organisation", a.organisation());
        p.put("outsideCountry", a.outsideCountry());
        p.put("beneficiaries", Map.of("girls", a.beneficiaries().girls(), "boys", a.beneficiaries().boys(),
                "women", a.beneficiaries().women(), "men", a.beneficiaries().men()));
        p.put("evidence", d.evidence().stream().map(e -> Map.of("kind", e.name(), "direct", e.direct())).toList());
        p.put("devices", d.devices().stream().map(Enum::name).toList());
        p.put("points", d.points().stream().map(HazardAreaGeoJson::point).toList());
        p.put("statusHistory", d.history().stream().map(HazardAreaGeoJson::change).toList());
        p.put("overlaps", d.overlaps().stream().map(HazardAreaGeoJson::overlap).toList());
        p.put("createdBy", a.createdBy());
        p.put("createdAt", a.createdAt().toString());
        return feature(a, d.points(), p);
    }

    private static Map<String, Object> feature(HazardArea a, List<HazardPoint> points, Map<String, Object> properties) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", a.id());
        f.put("geometry", a.wkt() != null ? GeoJsonGeometry.of(a.wkt()) : points.isEmpty() ? null : multiPoint(points));
        f.put("properties", properties);
        return f;
    }

    private static Map<String, Object> summary(HazardArea a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", a.id());
        p.put("ref", a.ref());
        p.put("name", a.name());
        p.put("class", a.areaClass().name());
        p.put("status", a.status().name());
        p.put("areaM2", a.estimatedAreaM2());
        p.put("remainingAreaM2", a.remainingAreaM2());
        p.put("province", a.places().province());
        p.put("provinceOld", a.places().provinceOld());
        p.put("needsOverlapReview", a.needsOverlapReview());
        p.put("side", a.side().name());
        p.put("shared", a.shared());
        return p;
    }

    private static Map<String, Object> point(HazardPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.type().name());
        m.put("kind", p.kind().name());
        m.put("lon", p.lon());
        m.put("lat", p.lat());
        m.put("note", p.note());
        return m;
    }

    private static Map<String, Object> change(AreaStatusChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", c.status().name());
        m.put("effectiveOn", c.effectiveOn().toString());
        m.put("reason", c.reason());
        m.put("changedBy", c.changedBy());
        m.put("changedAt", c.changedAt().toString());
        return m;
    }

    private static Map<String, Object> overlap(Overlap o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("otherId", o.otherId());
        m.put("otherRef", o.otherRef());
        m.put("overlapM2", o.overlapM2());
        m.put("flaggedAt", o.flaggedAt().toString());
        m.put("reviewed", o.reviewed());
        m.put("reviewedBy", o.reviewedBy());
        m.put("reviewNote", o.reviewNote());
        return m;
    }

    /** The GeoJSON of a stored (valid) polygon or multipolygon. */
    private static Map<String, Object> multiPoint(List<HazardPoint> points) {
        return Map.of("type", "MultiPoint", "coordinates", points.stream().map(p -> new double[] {p.lon(), p.lat()}).toList());
    }
}
