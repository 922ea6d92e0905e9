package org.homecoming.server.landrelease.area;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.homecoming.server.geo.ProvinceLocator;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.activity.ActivityService;
import org.homecoming.server.landrelease.bombing.BombingDensity;
import org.homecoming.server.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of hazardous areas: the list with its filters and map, one area with everything recorded about it
 * (evidence, devices, points, status history, overlaps, the activities worked on it and the bombing recorded
 * around it), and the status-change form of the mine action centres. A refused change comes back to the page with
 * its message.
 */
@Controller
class HazardAreaPageController {

    static final String LIST = "landrelease/areas";
    static final String DETAIL = "landrelease/area";
    /** The radius around an area's centre in which the bombing recorded is summed on its page. */
    static final double BOMBING_RADIUS_M = 2000;

    private final HazardAreaService areas;
    private final ActivityService activities;
    private final BombingDensity bombing;
    private final ProvinceLocator provinces;
    private final Labels labels;

    HazardAreaPageController(HazardAreaService areas, ActivityService activities, BombingDensity bombing,
            ProvinceLocator provinces, Labels labels) {
        this.areas = areas;
        this.activities = activities;
        this.bombing = bombing;
        this.provinces = provinces;
        this.labels = labels;
    }

    /** The words the map's popups need, in the reader's language (handed to the script as JSON). */
    private Map<String, Object> mapLabels() {
        return Map.of("class", labels.ofEach("area.class", Arrays.stream(AreaClass.values()).map(Enum::name).toList()),
                "status", labels.ofEach("area.status", Arrays.stream(AreaStatus.values()).map(Enum::name).toList()),
                "remaining", labels.of("area", "remaining"));
    }

    @GetMapping("/hazard-areas")
    String list(@RequestParam(required = false) String province, @RequestParam(required = false) String status,
            @RequestParam(name = "class", required = false) String areaClass, Model model) {
        model.addAttribute("areas", areas.list(HazardAreaApiController.filter(province, status, areaClass, null)));
        model.addAttribute("provinces", provinces.currentNames());
        model.addAttribute("statuses", AreaStatus.values());
        model.addAttribute("classes", AreaClass.values());
        model.addAttribute("province", province);
        model.addAttribute("status", status);
        model.addAttribute("areaClass", areaClass);
        model.addAttribute("mapLabels", mapLabels());
        return LIST;
    }

    /** The areas of the list's filters as GeoJSON, for the page's map under the signed-in session. */
    @GetMapping(value = "/hazard-areas/areas.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> geojson(@RequestParam(required = false) String province,
            @RequestParam(required = false) String status, @RequestParam(name = "class", required = false) String areaClass) {
        return HazardAreaGeoJson.collection(areas.list(HazardAreaApiController.filter(province, status, areaClass, null)));
    }

    @GetMapping(value = "/hazard-areas/{id}/area.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> one(@PathVariable long id) {
        HazardAreaDetail d = areas.detail(id);
        return HazardAreaGeoJson.collection(java.util.List.of(new ListedArea(d.area(), d.points())));
    }

    @GetMapping("/hazard-areas/{id}")
    String detail(@PathVariable long id, Model model) {
        HazardAreaDetail d = areas.detail(id);
        HazardArea a = d.area();
        model.addAttribute("d", d);
        model.addAttribute("a", a);
        model.addAttribute("activities", activities.list(id, null));
        double lat = (a.box().minLat() + a.box().maxLat()) / 2;
        double lon = (a.box().minLon() + a.box().maxLon()) / 2;
        model.addAttribute("bombing", bombing.around(lat, lon, BOMBING_RADIUS_M));
        model.addAttribute("bombingRadiusKm", BOMBING_RADIUS_M / 1000);
        model.addAttribute("statuses", AreaStatus.values());
        model.addAttribute("today", RequestFields.today());
        model.addAttribute("mapLabels", mapLabels());
        return DETAIL;
    }

    /** A GeoJSON FeatureCollection uploaded by a mine action centre: every area stored, or none and the reason. */
    @PostMapping("/hazard-areas/imports")
    String importAreas(@RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.geojson"
                : java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString();
        try (java.io.InputStream in = file.getInputStream()) {
            redirect.addFlashAttribute("imported", areas.importFile(name, in).size());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (java.io.IOException e) {
            redirect.addFlashAttribute("error", name + ": " + e.getMessage());
        }
        return "redirect:/hazard-areas";
    }

    @PostMapping("/hazard-areas/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam String status,
            @RequestParam(required = false) String effectiveOn, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            LocalDate on = RequestFields.date(effectiveOn, "effectiveOn");
            areas.changeStatus(id, AreaStatus.parse(status), on, reason);
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | org.homecoming.server.web.ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/hazard-areas/" + id;
    }
}
