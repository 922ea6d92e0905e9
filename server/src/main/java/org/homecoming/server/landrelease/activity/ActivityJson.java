package org.homecoming.server.landrelease.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's JSON of activities and finds: an activity as an object with its product and finds, finds as a GeoJSON
 * FeatureCollection of points (what a GIS opens).
 *
 * <pre>{@code
 * ActivityJson.activity(a, finds); // {"id":..,"ref":"AC-2026-000001","type":"CLEARANCE",...,"finds":[...]}
 * }</pre>
 */
final class ActivityJson {

    private ActivityJson() {
    }

    static Map<String, Object> activity(Activity a, List<OrdnanceFind> finds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("ref", a.ref());
        m.put("hazardAreaId", a.hazardAreaId());
        m.put("hazardAreaRef", a.hazardAreaRef());
        m.put("type", a.type().name());
        m.put("status", a.status().name());
        m.put("organisation", a.organisation());
        m.put("team", a.team());
        m.put("methods", a.methods().stream().map(Enum::name).toList());
        m.put("detectorType", a.detectorType());
        m.put("startDate", a.startDate().toString());
        m.put("endDate", a.endDate() == null ? null : a.endDate().toString());
        m.put("workedAreaM2", a.workedAreaM2());
        m.put("worked", a.wkt());
        m.put("cancelledM2", a.product().cancelledM2());
        m.put("reducedM2", a.product().reducedM2());
        m.put("clearedM2", a.product().clearedM2());
        m.put("clearanceDepthCm", a.product().clearanceDepthCm());
        m.put("province", a.province());
        m.put("side", a.side().name());
        m.put("shared", a.shared());
        m.put("createdBy", a.createdBy());
        if (finds != null) {
            m.put("finds", finds.stream().map(ActivityJson::find).toList());
        }
        return m;
    }

    static Map<String, Object> find(OrdnanceFind f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("activityId", f.activityId());
        m.put("activityRef", f.activityRef());
        m.put("lat", f.lat());
        m.put("lon", f.lon());
        m.put("originalCoordinates", f.originalCoordinates());
        m.put("originalSystem", f.originalSystem() == null ? null : f.originalSystem().name());
        m.put("category", f.category().name());
        m.put("model", f.model());
        m.put("quantity", f.quantity());
        m.put("condition", f.condition().name());
        m.put("depthCm", f.depthCm());
        m.put("foundOn", f.foundOn().toString());
        m.put("disposal", f.disposal().name());
        m.put("disposedOn", f.disposedOn() == null ? null : f.disposedOn().toString());
        m.put("province", f.province());
        return m;
    }

    static Map<String, Object> findCollection(List<OrdnanceFind> finds) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "FeatureCollection");
        c.put("features", finds.stream().map(f -> {
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", f.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(f.lon(), f.lat())));
            feature.put("properties", find(f));
            return feature;
        }).toList());
        return c;
    }
}
