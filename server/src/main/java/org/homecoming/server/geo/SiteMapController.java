package org.homecoming.server.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The site map: graves, cemeteries, crash and battle sites over the bundled province outlines
 * (Leaflet, no tile server needed), and the sites as GeoJSON points.
 */
@Controller
class SiteMapController {

    static final String VIEW = "geo/sites";
    private final JdbcClient jdbc;

    SiteMapController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/sites")
    String map() {
        return VIEW;
    }

    @GetMapping(value = "/sites.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> sites() {
        List<Map<String, Object>> features = new ArrayList<>();
        jdbc.sql("SELECT s.id, s.kind, s.name, s.province, s.lat, s.lon, COUNT(r.id) AS remains FROM site s"
                        + " LEFT JOIN remains r ON r.site_id = s.id GROUP BY s.id, s.kind, s.name, s.province, s.lat, s.lon")
                .query(rs -> {
                    features.add(Map.of("type", "Feature",
                            "geometry", Map.of("type", "Point", "coordinates", List.of(rs.getDouble("lon"), rs.getDouble("lat"))),
                            "properties", Map.of("id", rs.getLong("id"), "kind", rs.getString("kind"),
                                    "name", rs.getString("name"), "remains", rs.getLong("remains"))));
                });
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
