package org.homecoming.server.dioxin;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.dioxin.ThresholdClassification;
import org.homecoming.server.landrelease.area.AreaGeometry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/dioxin} (docs/dioxin.md): sites with their zones, the all-or-nothing imports of samples and of
 * laboratory results, and {@code GET /api/v1/dioxin/samples?site=&campaign=&tef=&bound=} — each sample's TEQ in
 * pg/g under the requested TEF scheme and non-detect bound (both named beside every TEQ, as the command line's
 * JSON does) with its classification against the threshold sets. Who may post: {@code SecurityConfig}.
 */
@RestController
@RequestMapping("/api/v1/dioxin")
class DioxinApiController {

    private final DioxinService dioxin;
    private final AreaGeometry geometries;

    DioxinApiController(DioxinService dioxin, AreaGeometry geometries) {
        this.dioxin = dioxin;
        this.geometries = geometries;
    }

    /**
     * Body {@code {"code":"BIEN_HOA","name":"Biên Hòa airbase","zones":{"Pacer Ivy":"INDUSTRIAL"}}}, or with
     * geometry: {@code "outline": GeoJSON Polygon, "zones": [{"name","landClass","polygon": GeoJSON Polygon}]}.
     */
    @PostMapping("/sites")
    ResponseEntity<Map<String, Object>> site(@RequestBody JsonNode body) {
        List<SiteZone> zones = new ArrayList<>();
        JsonNode z = body.path("zones");
        if (z.isObject()) {
            z.fields().forEachRemaining(e -> zones.add(new SiteZone(e.getKey(), e.getValue().asText(null), null)));
        } else if (z.isArray()) {
            for (JsonNode zone : z) {
                String name = zone.path("name").asText(null);
                zones.add(new SiteZone(name, zone.path("landClass").asText(null),
                        zone.hasNonNull("polygon") ? wkt("zones: " + name, zone.get("polygon")) : null));
            }
        }
        String outline = body.hasNonNull("outline") ? wkt("outline", body.get("outline")) : null;
        String code = body.path("code").asText(null);
        long id = dioxin.createSite(code, body.path("name").asText(null), outline, zones);
        return ResponseEntity.created(URI.create("/api/v1/dioxin/samples?site=" + code)).body(Map.of("id", id, "code", code));
    }

    private String wkt(String field, JsonNode geometry) {
        try {
            return geometries.polygon(geometry, false).toText();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    @PostMapping("/sites/{code}/samples")
    ResponseEntity<Map<String, Object>> samples(@PathVariable String code, @RequestParam("file") MultipartFile file)
            throws IOException {
        String name = name(file, "samples.csv");
        int n = dioxin.importSamples(code, name, new String(file.getBytes(), StandardCharsets.UTF_8));
        return ResponseEntity.status(201).body(Map.of("file", name, "imported", n));
    }

    @PostMapping("/results")
    ResponseEntity<Map<String, Object>> results(@RequestParam("file") MultipartFile file) throws IOException {
        String name = name(file, "results.csv");
        int n = dioxin.importResults(name, new String(file.getBytes(), StandardCharsets.UTF_8));
        return ResponseEntity.status(201).body(Map.of("file", name, "imported", n));
    }

    @GetMapping("/samples")
    Map<String, Object> teq(@RequestParam String site, @RequestParam(required = false) String campaign,
            @RequestParam(defaultValue = "who2005") String tef, @RequestParam(defaultValue = "upper") String bound) {
        TefSchemeId scheme = TefSchemeId.parse(tef);
        NonDetectBound b = NonDetectBound.parse(bound);
        List<Map<String, Object>> samples = dioxin.teq(site, campaign == null || campaign.isBlank() ? null : campaign,
                scheme, b).stream().map(DioxinApiController::json).toList();
        return Map.of("samples", samples);
    }

    private static Map<String, Object> json(SampleTeq s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.sample().ref());
        m.put("teq", s.teq().teq());
        m.put("unit", s.teq().unit());
        m.put("tef", s.teq().scheme().code());
        m.put("bound", s.teq().bound().code());
        m.put("lower", s.teq().lower());
        m.put("medium", s.teq().medium());
        m.put("upper", s.teq().upper());
        m.put("ndShare", s.teq().ndShare());
        m.put("tcddShare", s.teq().tcddShare());
        m.put("flags", s.teq().flags().stream().map(Enum::name).sorted().toList());
        m.put("notInScheme", s.teq().notInScheme());
        m.put("lat", s.sample().lat());
        m.put("lon", s.sample().lon());
        m.put("depthTopM", s.sample().depthTopM());
        m.put("depthBottomM", s.sample().depthBottomM());
        m.put("matrix", s.sample().matrix().name());
        m.put("campaign", s.sample().campaign());
        m.put("zone", s.sample().zone());
        m.put("landClass", s.sample().landClass());
        m.put("sampledOn", s.sample().sampledOn().toString());
        m.put("classifications", s.classifications().stream().map(DioxinApiController::json).toList());
        if (s.lab() != null) {
            Map<String, Object> lab = new LinkedHashMap<>();
            lab.put("teq", s.lab().labTeq());
            lab.put("tef", s.lab().labTef());
            lab.put("comparedUnder", s.lab().comparedUnder());
            lab.put("ours", s.lab().ours());
            lab.put("relativeDifference", s.lab().relativeDifference());
            m.put("lab", lab);
        }
        return m;
    }

    private static Map<String, Object> json(ThresholdClassification c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", c.threshold().setId());
        m.put("name", c.threshold().name());
        m.put("limit", c.threshold().limit());
        m.put("purpose", c.threshold().purpose().name());
        m.put("exceeds", c.exceeds());
        return m;
    }

    private static String name(MultipartFile file, String fallback) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? fallback
                : Path.of(file.getOriginalFilename()).getFileName().toString();
    }
}
