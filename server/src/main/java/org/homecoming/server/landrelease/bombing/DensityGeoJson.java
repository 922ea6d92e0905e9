package org.homecoming.server.landrelease.bombing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The density grid as GeoJSON: a FeatureCollection of Polygon cells with {@code missions}, {@code weapons} and
 * {@code weightedWeapons}, and a {@code cell} member describing the grid. The API and the map page answer the same.
 *
 * <pre>{@code
 * Map<String, Object> json = DensityGeoJson.of(grid, density.cells(grid));
 * }</pre>
 */
final class DensityGeoJson {

    private DensityGeoJson() {
    }

    static Map<String, Object> of(DensityGrid grid, List<DensityCell> cells) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "FeatureCollection");
        answer.put("cell", Map.of("metres", grid.cellMetres(), "dLon", grid.dLon(), "dLat", grid.dLat(),
                "columns", grid.columns(), "rows", grid.rows()));
        answer.put("features", cells.stream().map(c -> feature(grid, c)).toList());
        return answer;
    }

    private static Map<String, Object> feature(DensityGrid grid, DensityCell c) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("column", c.column());
        properties.put("row", c.row());
        properties.put("missions", c.missions());
        properties.put("weapons", c.weapons());
        properties.put("weightedWeapons", c.weightedWeapons());
        return Map.of("type", "Feature", "geometry",
                Map.of("type", "Polygon", "coordinates", List.of(List.of(grid.ring(c.column(), c.row())))),
                "properties", properties);
    }
}
