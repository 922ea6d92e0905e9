package org.homecoming.server.landrelease.map;

import java.util.Map;

/**
 * One feature of a map layer: its geometry as WKT (polygons) or a point, and the properties a popup, a GIS table or
 * a CSV row shows, in a stable column order.
 *
 * <pre>{@code
 * new MapFeature(null, 107.05, 16.75, Map.of("ref", "ACC-2026-000001", "killed", 1));
 * }</pre>
 */
public record MapFeature(String wkt, double lon, double lat, Map<String, Object> properties) {

    public boolean isPoint() {
        return wkt == null;
    }
}
