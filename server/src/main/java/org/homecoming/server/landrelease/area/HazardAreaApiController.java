package org.homecoming.server.landrelease.area;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.landrelease.bombing.GeoBox;
import org.springframework.http.HttpStatus;
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
 * {@code /api/v1/hazard-areas} (docs/land-release/hazard-areas.md): the visible areas as a GeoJSON
 * FeatureCollection ({@code ?province=&status=&class=&bbox=W,S,E,N}), one area with its detail, creation from a
 * GeoJSON Feature, status changes, overlap reviews, sharing and the all-or-nothing import of a FeatureCollection
 * (multipart {@code file}). Who may post: {@code SecurityConfig}.
 */
@RestController
@RequestMapping("/api/v1/hazard-areas")
class HazardAreaApiController {

    private final HazardAreaService service;

    HazardAreaApiController(HazardAreaService service) {
        this.service = service;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String province,
            @RequestParam(required = false) String status, @RequestParam(name = "class", required = false) String areaClass,
            @RequestParam(required = false) String bbox) {
        return HazardAreaGeoJson.collection(service.list(filter(province, status, areaClass, bbox)));
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable long id) {
        return HazardAreaGeoJson.feature(service.detail(id));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode feature) {
        HazardAreaDetail d = service.create(feature);
        return ResponseEntity.created(URI.create("/api/v1/hazard-areas/" + d.area().id()))
                .body(HazardAreaGeoJson.feature(d));
    }

    /** Body {@code {status, effectiveOn (ISO date, default today), reason}}. */
    @PostMapping("/{id}/status")
    Map<String, Object> status(@PathVariable long id, @RequestBody JsonNode body) {
        LocalDate on = null;
        if (body.hasNonNull("effectiveOn")) {
            try {
                on = LocalDate.parse(body.get("effectiveOn").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("effectiveOn: must be a date YYYY-MM-DD: " + body.get("effectiveOn").asText());
            }
        }
        AreaStatus status = AreaStatus.parse(body.path("status").asText(null));
        return HazardAreaGeoJson.feature(service.changeStatus(id, status, on, body.path("reason").asText(null)));
    }

    /** Body {@code {note}}. */
    @PostMapping("/{id}/overlaps/{otherId}/review")
    Map<String, Object> review(@PathVariable long id, @PathVariable long otherId,
            @RequestBody(required = false) JsonNode body) {
        String note = body == null ? null : body.path("note").asText(null);
        return HazardAreaGeoJson.feature(service.reviewOverlap(id, otherId, note));
    }

    @PostMapping("/{id}/share")
    Map<String, Object> share(@PathVariable long id) {
        return HazardAreaGeoJson.feature(service.share(id));
    }

    @PostMapping("/imports")
    ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.geojson"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        List<Long> ids;
        try (InputStream in = file.getInputStream()) {
            ids = service.importFile(name, in);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file", name);
        answer.put("imported", ids.size());
        answer.put("ids", ids);
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    /** The filter of a list request; blank parameters mean any. */
    static HazardAreaFilter filter(String province, String status, String areaClass, String bbox) {
        return new HazardAreaFilter(blank(province) ? null : province.strip(),
                blank(status) ? null : AreaStatus.parse(status), blank(areaClass) ? null : AreaClass.parse(areaClass),
                blank(bbox) ? null : GeoBox.parse(bbox));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
