package org.homecoming.server.landrelease.activity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.homecoming.server.landrelease.bombing.GeoBox;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/activities} and {@code /api/v1/finds} (docs/land-release/activities.md): record an activity,
 * complete it with its land-release product, record what it found, share it; read activities and finds (a box of
 * finds as GeoJSON). Who may post: {@code SecurityConfig}.
 */
@RestController
@RequestMapping("/api/v1")
class ActivityApiController {

    private final ActivityService service;

    ActivityApiController(ActivityService service) {
        this.service = service;
    }

    @PostMapping("/activities")
    ResponseEntity<Map<String, Object>> create(@RequestBody ActivityRequest body) {
        Activity a = service.create(body);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + a.id())).body(ActivityJson.activity(a, List.of()));
    }

    @GetMapping("/activities")
    List<Map<String, Object>> list(@RequestParam(required = false) Long hazardArea,
            @RequestParam(required = false) String status) {
        ActivityStatus s = status == null || status.isBlank() ? null : ActivityStatus.parse(status);
        return service.list(hazardArea, s).stream().map(a -> ActivityJson.activity(a, null)).toList();
    }

    @GetMapping("/activities/{id}")
    Map<String, Object> one(@PathVariable long id) {
        return ActivityJson.activity(service.get(id), service.finds(id));
    }

    @PostMapping("/activities/{id}/complete")
    Map<String, Object> complete(@PathVariable long id, @RequestBody CompletionRequest body) {
        Activity a = service.complete(id, body);
        return ActivityJson.activity(a, service.finds(id));
    }

    @PostMapping("/activities/{id}/finds")
    ResponseEntity<Map<String, Object>> addFind(@PathVariable long id, @RequestBody FindRequest body) {
        OrdnanceFind f = service.addFind(id, body);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(ActivityJson.find(f));
    }

    /** Multipart {@code file}: a CSV of points; every find stored or none. */
    @PostMapping("/activities/{id}/finds/imports")
    ResponseEntity<Map<String, Object>> importFinds(@PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.csv"
                : java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString();
        try (java.io.Reader in = new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
            List<OrdnanceFind> finds = service.importFinds(id, name, in);
            return ResponseEntity.created(URI.create("/api/v1/activities/" + id))
                    .body(Map.of("file", name, "imported", finds.size()));
        }
    }

    @PostMapping("/activities/{id}/share")
    Map<String, Object> share(@PathVariable long id) {
        Activity a = service.share(id);
        return ActivityJson.activity(a, service.finds(id));
    }

    @GetMapping("/finds")
    Map<String, Object> finds(@RequestParam String bbox) {
        GeoBox b = GeoBox.parse(bbox);
        return ActivityJson.findCollection(service.findsIn(b.west(), b.south(), b.east(), b.north()));
    }
}
