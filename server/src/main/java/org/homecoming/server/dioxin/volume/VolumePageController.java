package org.homecoming.server.dioxin.volume;

import java.util.List;
import java.util.Map;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.TefSchemeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The volume page of a site ({@code /dioxin/sites/{code}/volume}): the estimate under the threshold, scheme, bound
 * and cell size asked for, its layers with variogram charts and cross-validation, the hotspot map with suggested
 * samples, and the saved estimates; {@code /dioxin/volume-estimates/{id}} shows a saved estimate beside its
 * recomputation; {@code .../volume/features} feeds the page's map. Who may save: {@code SecurityConfig}.
 */
@Controller
class VolumePageController {

    static final String VIEW = "dioxin/volume";
    static final String SAVED_VIEW = "dioxin/volume-estimate";

    private final VolumeService volumes;

    VolumePageController(VolumeService volumes) {
        this.volumes = volumes;
    }

    @GetMapping("/dioxin/sites/{code}/volume")
    String volume(@PathVariable String code, @RequestParam(defaultValue = "1000") double threshold,
            @RequestParam(defaultValue = "who2005") String tef, @RequestParam(defaultValue = "upper") String bound,
            @RequestParam(required = false) Double cell, @RequestParam(required = false) String campaign, Model model) {
        VolumeRequest request = VolumeApiController.request(code, threshold, tef, bound, cell, campaign);
        model.addAttribute("site", code);
        model.addAttribute("request", request);
        model.addAttribute("schemes", List.of(TefSchemeId.values()));
        model.addAttribute("bounds", List.of(NonDetectBound.values()));
        model.addAttribute("saved", volumes.savedFor(code));
        try {
            SiteVolume v = volumes.estimate(request);
            model.addAttribute("volume", v);
            model.addAttribute("layers", VolumeJson.of(v).get("layers"));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return VIEW;
    }

    /** The map's data under the page's session (the API answers API clients). */
    @GetMapping(path = "/dioxin/sites/{code}/volume/features", produces = "application/json")
    @ResponseBody
    Map<String, Object> features(@PathVariable String code, @RequestParam(defaultValue = "1000") double threshold,
            @RequestParam(defaultValue = "who2005") String tef, @RequestParam(defaultValue = "upper") String bound,
            @RequestParam(required = false) Double cell, @RequestParam(required = false) String campaign) {
        return VolumeJson.features(volumes.estimate(VolumeApiController.request(code, threshold, tef, bound, cell, campaign)));
    }

    @PostMapping("/dioxin/sites/{code}/volume-estimates")
    String save(@PathVariable String code, @RequestParam(defaultValue = "1000") double threshold,
            @RequestParam(defaultValue = "who2005") String tef, @RequestParam(defaultValue = "upper") String bound,
            @RequestParam(required = false) Double cell, @RequestParam(required = false) String campaign) {
        long id = volumes.save(VolumeApiController.request(code, threshold, tef, bound, cell, campaign));
        return "redirect:/dioxin/volume-estimates/" + id;
    }

    @GetMapping("/dioxin/volume-estimates/{id}")
    String saved(@PathVariable long id, Model model) {
        SavedEstimate s = volumes.saved(id);
        SiteVolume again = volumes.recompute(s);
        model.addAttribute("estimate", s);
        model.addAttribute("again", again);
        model.addAttribute("reproduced", s.reproducedBy(again));
        return SAVED_VIEW;
    }
}
