package org.homecoming.server.landrelease.map;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.geo.ProvinceLocator;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.landrelease.activity.ActivityStatus;
import org.homecoming.server.landrelease.activity.ActivityType;
import org.homecoming.server.landrelease.activity.Disposal;
import org.homecoming.server.landrelease.area.AreaClass;
import org.homecoming.server.landrelease.area.AreaStatus;
import org.homecoming.server.landrelease.area.PointKind;
import org.homecoming.server.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The mine-action map page: its filters (today's 34 provinces or the 63 before July 2025, status, organisation,
 * year), the layer names, codes and field names its script shows, in the reader's language, and the export links.
 */
@Controller
class MapPageController {

    static final String VIEW = "landrelease/map";

    private final ProvinceLocator provinces;
    private final Labels labels;

    MapPageController(ProvinceLocator provinces, Labels labels) {
        this.provinces = provinces;
        this.labels = labels;
    }

    @GetMapping("/land-release/map")
    String map(Model model) {
        model.addAttribute("provinces34", provinces.currentNames());
        model.addAttribute("provinces63", provinces.before2025Names());
        model.addAttribute("statuses", AreaStatus.values());
        model.addAttribute("layers", Arrays.stream(Layer.values()).map(Layer::slug).toList());
        model.addAttribute("mapLabels", mapLabels());
        return VIEW;
    }

    private Map<String, Object> mapLabels() {
        Map<String, String> layers = new LinkedHashMap<>();
        for (Layer l : Layer.values()) {
            layers.put(l.slug(), labels.of("lrmap.layer", l.slug()));
        }
        layers.put("bombing", labels.of("lrmap.layer", "bombing"));
        Map<String, Object> codes = new LinkedHashMap<>();
        codes.put("class", labels.ofEach("area.class", names(AreaClass.values())));
        Map<String, String> statuses = new LinkedHashMap<>(labels.ofEach("area.status", names(AreaStatus.values())));
        statuses.putAll(labels.ofEach("activity.status", names(ActivityStatus.values())));
        codes.put("status", statuses);
        codes.put("type", labels.ofEach("activity.type", names(ActivityType.values())));
        codes.put("category", labels.ofEach("device", names(DeviceCategory.values())));
        codes.put("disposal", labels.ofEach("find.disposal", names(Disposal.values())));
        codes.put("kind", labels.ofEach("area.pointKind", names(PointKind.values())));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : List.of("class", "type", "status", "category", "disposal", "kind", "province", "organisation",
                "foundOn", "occurredOn", "startDate", "killed", "injured", "quantity")) {
            fields.put(f, labels.of("lrmap.field", f));
        }
        return Map.of("layers", layers, "codes", codes, "fields", fields);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
