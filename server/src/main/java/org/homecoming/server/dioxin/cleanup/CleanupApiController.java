package org.homecoming.server.dioxin.cleanup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/dioxin/sites/{code}/cleanup/{plan|stockpiles|excavations|treatments|verifications|releases}}
 * (a JSON object of the record's fields, docs/dioxin.md) and {@code GET .../cleanup} — everything recorded with
 * the progress computed from it. Who may post: {@code SecurityConfig} (remediation officers).
 */
@RestController
@RequestMapping("/api/v1/dioxin/sites/{code}/cleanup")
class CleanupApiController {

    private final CleanupService cleanup;

    CleanupApiController(CleanupService cleanup) {
        this.cleanup = cleanup;
    }

    @PostMapping("/{kind}")
    ResponseEntity<Map<String, Object>> record(@PathVariable String code, @PathVariable String kind, @RequestBody JsonNode body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        String ref = cleanup.record(code, CleanupService.Kind.parse(kind), fields);
        return ResponseEntity.status(201).body(Map.of("site", code, "kind", kind, "ref", ref));
    }

    @GetMapping
    Cleanup get(@PathVariable String code) {
        return cleanup.of(code);
    }
}
