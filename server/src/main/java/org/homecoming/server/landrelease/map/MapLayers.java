package org.homecoming.server.landrelease.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.geo.GeoJsonGeometry;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mine-action map's layers for the current user's side, as features and as GeoJSON FeatureCollections.
 *
 * <pre>{@code
 * Map<String, Object> fc = layers.geoJson(Layer.HAZARD_AREAS, MapFilter.ALL);
 * }</pre>
 */
@Service
public class MapLayers {

    private final MapLayerRepository repository;
    private final CurrentUsers users;

    MapLayers(MapLayerRepository repository, CurrentUsers users) {
        this.repository = repository;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<MapFeature> features(Layer layer, MapFilter filter) {
        return repository.features(layer, filter, users.get().side());
    }

    public Map<String, Object> geoJson(Layer layer, MapFilter filter) {
        return collection(features(layer, filter));
    }

    static Map<String, Object> collection(List<MapFeature> features) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "FeatureCollection");
        c.put("features", features.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "Feature");
            m.put("geometry", f.isPoint() ? GeoJsonGeometry.point(f.lon(), f.lat()) : GeoJsonGeometry.of(f.wkt()));
            m.put("properties", f.properties());
            return m;
        }).toList());
        return c;
    }
}
