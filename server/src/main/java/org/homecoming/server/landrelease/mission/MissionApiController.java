package org.homecoming.server.landrelease.mission;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/recovery-missions} (docs/land-release/recovery-missions.md): record a mission, its grid units and
 * finds, mark its site excavated (409 while the ground is not cleared), share it; read it with the warning of the
 * ground. Who may post: {@code SecurityConfig}.
 */
@RestController
@RequestMapping("/api/v1/recovery-missions")
class MissionApiController {

    private final MissionService missions;

    MissionApiController(MissionService missions) {
        this.missions = missions;
    }

    @PostMapping
    ResponseEntity<RecoveryMission> create(@RequestBody MissionRequest body) {
        RecoveryMission m = missions.create(body);
        return ResponseEntity.created(URI.create("/api/v1/recovery-missions/" + m.id())).body(m);
    }

    @GetMapping
    List<RecoveryMission> list(@RequestParam(required = false) String site) {
        return missions.list(site);
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable long id) {
        RecoveryMission m = missions.get(id);
        return Map.of("mission", m, "warning", missions.warning(m));
    }

    /** Body {@code {label, sizeM, depthReachedCm, finished}}. */
    @PostMapping("/{id}/units")
    RecoveryMission unit(@PathVariable long id, @RequestBody Map<String, Object> body) {
        return missions.addUnit(id, (String) body.get("label"), number(body.get("sizeM"), "sizeM"),
                body.get("depthReachedCm") == null ? null : number(body.get("depthReachedCm"), "depthReachedCm").intValue(),
                Boolean.TRUE.equals(body.get("finished")));
    }

    /** Body {@code {kind: REMAINS|ARTIFACT|ORDNANCE, record: ref (or the find's id), unit, note}}. */
    @PostMapping("/{id}/finds")
    RecoveryMission find(@PathVariable long id, @RequestBody Map<String, String> body) {
        return missions.addFind(id, body.get("kind"), body.get("record"), body.get("unit"), body.get("note"));
    }

    /** Body {@code {excavatedOn}}. */
    @PostMapping("/{id}/excavated")
    RecoveryMission excavated(@PathVariable long id, @RequestBody Map<String, String> body) {
        return missions.markExcavated(id, body.get("excavatedOn"));
    }

    @PostMapping("/{id}/share")
    RecoveryMission share(@PathVariable long id) {
        return missions.share(id);
    }

    private static Double number(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(field + ": not a number: " + value);
    }
}
