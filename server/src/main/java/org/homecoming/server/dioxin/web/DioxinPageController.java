package org.homecoming.server.dioxin.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.dioxin.ThresholdSets;
import org.homecoming.server.dioxin.DioxinService;
import org.homecoming.server.dioxin.DioxinSite;
import org.homecoming.server.dioxin.SampleProfile;
import org.homecoming.server.dioxin.SampleTeq;
import org.homecoming.server.dioxin.SiteZone;
import org.homecoming.server.geo.GeoJsonGeometry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /dioxin} (the sites), {@code /dioxin/sites/{code}} (the map of one depth layer's samples coloured by TEQ
 * class over the zones and outline, and the sample table under the chosen TEF scheme and bound; its data from
 * {@code .../map.json}) and {@code /dioxin/samples/{ref}} (a sample's results and congener profile).
 */
@Controller
class DioxinPageController {

    static final String SITES = "dioxin/sites";
    static final String SITE = "dioxin/site";
    static final String SAMPLE = "dioxin/sample";

    private final DioxinService dioxin;
    private final TeqClass.Limits limits = TeqClass.Limits.of(ThresholdSets.standard());

    DioxinPageController(DioxinService dioxin) {
        this.dioxin = dioxin;
    }

    @GetMapping("/dioxin")
    String sites(Model model) {
        model.addAttribute("sites", dioxin.sites());
        return SITES;
    }

    @GetMapping("/dioxin/sites/{code}")
    String site(@PathVariable String code, @RequestParam(defaultValue = "who2005") String tef,
            @RequestParam(defaultValue = "upper") String bound, @RequestParam(required = false) String layer, Model model) {
        TefSchemeId scheme = TefSchemeId.parse(tef);
        NonDetectBound b = NonDetectBound.parse(bound);
        DioxinSite site = dioxin.site(code);
        List<SampleTeq> all = dioxin.groundTeq(code, null, scheme, b);
        List<DepthChoice> layers = layers(all);
        DepthChoice chosen = layer == null || layer.isBlank() ? (layers.isEmpty() ? null : layers.get(0)) : DepthChoice.parse(layer);
        model.addAttribute("site", site);
        model.addAttribute("scheme", scheme);
        model.addAttribute("bound", b);
        model.addAttribute("schemes", List.of(TefSchemeId.values()));
        model.addAttribute("bounds", List.of(NonDetectBound.values()));
        model.addAttribute("layers", layers);
        model.addAttribute("layer", chosen);
        model.addAttribute("limits", limits);
        model.addAttribute("samples", chosen == null ? all : inLayer(all, chosen));
        return SITE;
    }

    @GetMapping(path = "/dioxin/sites/{code}/map.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> map(@PathVariable String code, @RequestParam(defaultValue = "who2005") String tef,
            @RequestParam(defaultValue = "upper") String bound, @RequestParam(required = false) String layer) {
        DioxinSite site = dioxin.site(code);
        List<SampleTeq> all = dioxin.groundTeq(code, null, TefSchemeId.parse(tef), NonDetectBound.parse(bound));
        List<SampleTeq> shown = layer == null || layer.isBlank() ? all : inLayer(all, DepthChoice.parse(layer));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", site.code());
        m.put("outline", site.outlineWkt() == null ? null : GeoJsonGeometry.of(site.outlineWkt()));
        List<Object> zones = new ArrayList<>();
        for (SiteZone z : site.zones()) {
            if (z.polygonWkt() != null) {
                zones.add(Map.of("name", z.name(), "landClass", z.landClass(), "geometry", GeoJsonGeometry.of(z.polygonWkt())));
            }
        }
        m.put("zones", zones);
        m.put("limits", Map.of("target", limits.target(), "remediation", limits.remediation()));
        m.put("samples", shown.stream().map(s -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ref", s.sample().ref());
            p.put("lat", s.sample().lat());
            p.put("lon", s.sample().lon());
            p.put("teq", s.teq().teq());
            p.put("class", TeqClass.of(s.teq().teq(), limits).name());
            p.put("nonDetectDominated", !s.teq().flags().isEmpty()
                    && s.teq().flags().contains(org.homecoming.dioxin.TeqFlag.NON_DETECTS_OVER_80_PERCENT));
            return p;
        }).toList());
        return m;
    }

    @GetMapping("/dioxin/samples/{ref}")
    String sample(@PathVariable String ref, @RequestParam(defaultValue = "who2005") String tef,
            @RequestParam(defaultValue = "upper") String bound, Model model) {
        TefSchemeId scheme = TefSchemeId.parse(tef);
        NonDetectBound b = NonDetectBound.parse(bound);
        SampleProfile profile = dioxin.sample(ref, scheme, b);
        model.addAttribute("profile", profile);
        model.addAttribute("scheme", scheme);
        model.addAttribute("bound", b);
        model.addAttribute("schemes", List.of(TefSchemeId.values()));
        model.addAttribute("bounds", List.of(NonDetectBound.values()));
        model.addAttribute("teqClass", profile.teq() == null ? null : TeqClass.of(profile.teq().teq().teq(), limits));
        List<Map<String, Object>> chart = new ArrayList<>();
        double total = profile.teq() == null ? 0 : profile.teq().teq().teq();
        profile.contributions().forEach(c -> chart.add(Map.of("label", c.congener(), "share", total > 0 ? c.teq() / total : 0.0)));
        model.addAttribute("chart", chart);
        return SAMPLE;
    }

    private static List<DepthChoice> layers(List<SampleTeq> samples) {
        TreeSet<DepthChoice> set = new TreeSet<>();
        for (SampleTeq s : samples) {
            if (s.sample().depthTopM() != null && s.sample().depthBottomM() != null) {
                set.add(new DepthChoice(s.sample().depthTopM(), s.sample().depthBottomM()));
            }
        }
        return List.copyOf(set);
    }

    private static List<SampleTeq> inLayer(List<SampleTeq> samples, DepthChoice layer) {
        return samples.stream().filter(s -> layer.holds(s.sample().depthTopM(), s.sample().depthBottomM())).toList();
    }
}
