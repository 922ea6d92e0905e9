package org.homecoming.server.dioxin.volume;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.TefSchemeId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/dioxin/sites/{code}/volume?threshold=1000&tef=who2005&bound=upper[&cell=&campaign=]} — the
 * volume above the threshold with its range and how it was reached; {@code .../volume/features} — hotspots and
 * suggested samples as GeoJSON; {@code POST .../volume-estimates} saves an estimate with its inputs and
 * {@code GET /api/v1/dioxin/volume-estimates/{id}} returns it beside the same estimate recomputed from them.
 */
@RestController
@RequestMapping("/api/v1/dioxin")
class VolumeApiController {

    private final VolumeService volumes;

    VolumeApiController(VolumeService volumes) {
        this.volumes = volumes;
    }

    @GetMapping("/sites/{code}/volume")
    Map<String, Object> volume(@PathVariable String code, @RequestParam(defaultValue = "1000") double threshold,
            @RequestParam(defaultValue = "who2005") String tef, @RequestParam(defaultValue = "upper") String bound,
            @RequestParam(required = false) Double cell, @RequestParam(required = false) String campaign) {
        return VolumeJson.of(volumes.estimate(request(code, threshold, tef, bound, cell, campaign)));
    }

    @GetMapping("/sites/{code}/volume/features")
    Map<String, Object> features(@PathVariable String code, @RequestParam(defaultValue = "1000") double threshold,
            @RequestParam(defaultValue = "who2005") String tef, @RequestParam(defaultValue = "upper") String bound,
            @RequestParam(required = false) Double cell, @RequestParam(required = false) String campaign) {
        return VolumeJson.features(volumes.estimate(request(code, threshold, tef, bound, cell, campaign)));
    }

    @PostMapping("/sites/{code}/volume-estimates")
    ResponseEntity<Map<String, Object>> save(@PathVariable String code, @RequestParam(defaultValue = "1000") double threshold,
            @RequestParam(defaultValue = "who2005") String tef, @RequestParam(defaultValue = "upper") String bound,
            @RequestParam(required = false) Double cell, @RequestParam(required = false) String campaign) {
        long id = volumes.save(request(code, threshold, tef, bound, cell, campaign));
        return ResponseEntity.created(URI.create("/api/v1/dioxin/volume-estimates/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/volume-estimates/{id}")
    Map<String, Object> saved(@PathVariable long id) {
        SavedEstimate s = volumes.saved(id);
        SiteVolume again = volumes.recompute(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("site", s.site());
        m.put("createdBy", s.createdBy());
        m.put("createdAt", s.createdAt().toString());
        m.put("saved", Map.of("volumeM3", s.volumeM3(), "low", s.lowM3(), "high", s.highM3(), "areaM2", s.areaM2(),
                "samples", s.samples()));
        m.put("inputs", s.inputs());
        m.put("recomputed", VolumeJson.of(again));
        m.put("reproduced", s.reproducedBy(again));
        return m;
    }

    static VolumeRequest request(String code, double threshold, String tef, String bound, Double cell, String campaign) {
        return new VolumeRequest(code, threshold, TefSchemeId.parse(tef), NonDetectBound.parse(bound), cell,
                campaign == null || campaign.isBlank() ? null : campaign);
    }
}
