package org.homecoming.server.landrelease.map;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's layers and their GIS exports (docs/land-release/map-and-exchange.md), on the API
 * ({@code /api/v1/land-release/layers/{layer}}, {@code /api/v1/land-release/gis/{layer}.geojson|.gpkg|.csv}) and
 * under the signed-in session for the map page ({@code /land-release/map/...}). Filters: {@code province},
 * {@code provinces=34|63} (today's or the former provinces), {@code status}, {@code organisation}, {@code year}.
 * Every export is audited.
 */
@RestController
class MapDataController {

    private final MapLayers layers;
    private final AuditLog audit;

    MapDataController(MapLayers layers, AuditLog audit) {
        this.layers = layers;
        this.audit = audit;
    }

    static MapFilter filter(String province, String provinces, String status, String organisation, Integer year) {
        if (provinces != null && !provinces.isBlank() && !provinces.equals("34") && !provinces.equals("63")) {
            throw new IllegalArgumentException("provinces: 34 (today's) or 63 (before 1 July 2025): " + provinces);
        }
        if (year != null && (year < 1900 || year > 2100)) {
            throw new IllegalArgumentException("year: between 1900 and 2100: " + year);
        }
        return new MapFilter(blank(province), "63".equals(provinces), blank(status), blank(organisation), year);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GetMapping(value = {"/api/v1/land-release/layers/{layer}", "/land-release/map/layers/{layer}"},
            produces = "application/geo+json")
    Map<String, Object> layer(@PathVariable String layer, @RequestParam(required = false) String province,
            @RequestParam(required = false) String provinces, @RequestParam(required = false) String status,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) Integer year) {
        return layers.geoJson(Layer.parse(layer), filter(province, provinces, status, organisation, year));
    }

    @GetMapping({"/api/v1/land-release/gis/{layer}.geojson", "/land-release/map/export/{layer}.geojson"})
    ResponseEntity<Map<String, Object>> geojson(@PathVariable String layer, @RequestParam(required = false) String province,
            @RequestParam(required = false) String provinces, @RequestParam(required = false) String status,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) Integer year) {
        Layer l = Layer.parse(layer);
        MapFilter f = filter(province, provinces, status, organisation, year);
        List<MapFeature> features = layers.features(l, f);
        audited(l, "geojson", features.size(), f);
        return attachment(l.slug() + ".geojson", MediaType.parseMediaType("application/geo+json"))
                .body(MapLayers.collection(features));
    }

    @GetMapping({"/api/v1/land-release/gis/{layer}.gpkg", "/land-release/map/export/{layer}.gpkg"})
    ResponseEntity<byte[]> geopackage(@PathVariable String layer, @RequestParam(required = false) String province,
            @RequestParam(required = false) String provinces, @RequestParam(required = false) String status,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) Integer year) {
        Layer l = Layer.parse(layer);
        MapFilter f = filter(province, provinces, status, organisation, year);
        List<MapFeature> features = layers.features(l, f);
        byte[] gpkg = GeoPackageWriter.write(l.name().toLowerCase(java.util.Locale.ROOT), features);
        audited(l, "gpkg", features.size(), f);
        return attachment(l.slug() + ".gpkg", MediaType.parseMediaType("application/geopackage+sqlite3")).body(gpkg);
    }

    @GetMapping({"/api/v1/land-release/gis/{layer}.csv", "/land-release/map/export/{layer}.csv"})
    ResponseEntity<byte[]> csv(@PathVariable String layer, @RequestParam(required = false) String province,
            @RequestParam(required = false) String provinces, @RequestParam(required = false) String status,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) Integer year) {
        Layer l = Layer.parse(layer);
        if (!l.points()) {
            throw new IllegalArgumentException("layer: " + l.slug() + " has polygons; a CSV of points exports"
                    + " evidence-points, ordnance, accidents or recovery-sites (GeoJSON or GeoPackage export polygons)");
        }
        MapFilter f = filter(province, provinces, status, organisation, year);
        List<MapFeature> features = layers.features(l, f);
        audited(l, "csv", features.size(), f);
        return attachment(l.slug() + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(PointsCsv.write(features).getBytes(StandardCharsets.UTF_8));
    }

    private void audited(Layer l, String format, int count, MapFilter f) {
        audit.record(AuditAction.EXPORT, "LR_MAP_LAYER", null, l.slug() + " as " + format + ", " + count + " features, "
                + f);
    }

    private static ResponseEntity.BodyBuilder attachment(String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
    }
}
