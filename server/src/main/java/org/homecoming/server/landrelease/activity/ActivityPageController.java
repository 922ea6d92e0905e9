package org.homecoming.server.landrelease.activity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.area.HazardAreaService;
import org.homecoming.server.web.ConflictException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The field team's pages of an activity, made for a tablet in the field: the form that opens an activity on a
 * hazardous area, the activity's page with what it found and the forms to add a find and to complete it with its
 * land-release product, and its completion report as PDF. A refused entry comes back with its message and what was
 * typed.
 */
@Controller
class ActivityPageController {

    static final String FORM = "landrelease/activity-form";
    static final String DETAIL = "landrelease/activity";

    private final ActivityService activities;
    private final HazardAreaService areas;
    private final ActivityReport report;

    ActivityPageController(ActivityService activities, HazardAreaService areas, ActivityReport report) {
        this.activities = activities;
        this.areas = areas;
        this.report = report;
    }

    @GetMapping("/activities/new")
    String form(@RequestParam(required = false) Long hazardArea, Model model) {
        return form(model, hazardArea, Map.of(), null);
    }

    private String form(Model model, Long hazardArea, Map<String, String> typed, String error) {
        model.addAttribute("area", hazardArea == null ? null : areas.detail(hazardArea).area());
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("methods", Method.values());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        model.addAttribute("today", RequestFields.today());
        return FORM;
    }

    @PostMapping("/activities")
    String create(@RequestParam Map<String, String> typed, @RequestParam(name = "methods", required = false)
            List<String> methods, Model model) {
        Long area = typed.get("hazardAreaId") == null || typed.get("hazardAreaId").isBlank() ? null
                : Long.valueOf(typed.get("hazardAreaId"));
        try {
            Activity a = activities.create(new ActivityRequest(area, typed.get("type"), typed.get("organisation"),
                    typed.get("team"), methods == null ? List.of() : methods, typed.get("detectorType"),
                    typed.get("startDate"), typed.get("status"), null, null, null));
            return "redirect:/activities/" + a.id();
        } catch (IllegalArgumentException e) {
            return form(model, area, typed, e.getMessage());
        }
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("a", activities.get(id));
        model.addAttribute("finds", activities.finds(id));
        model.addAttribute("categories", DeviceCategory.values());
        model.addAttribute("conditions", ItemCondition.values());
        model.addAttribute("disposals", Disposal.values());
        model.addAttribute("systems", CoordinateSystem.values());
        model.addAttribute("today", RequestFields.today());
        return DETAIL;
    }

    @PostMapping("/activities/{id}/finds")
    String addFind(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
        try {
            activities.addFind(id, new FindRequest(RequestFields.number(f.get("lat"), "lat"), RequestFields.number(f.get("lon"), "lon"),
                    f.get("originalCoordinates"), f.get("originalSystem"), f.get("category"), f.get("model"),
                    RequestFields.whole(f.get("quantity"), "quantity"), f.get("condition"), RequestFields.whole(f.get("depthCm"), "depthCm"),
                    f.get("foundOn"), f.get("disposal"), f.get("disposedOn")));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | ConflictException e) {
            redirect.addFlashAttribute("findError", e.getMessage());
            redirect.addFlashAttribute("typedFind", f);
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/complete")
    String complete(@PathVariable long id, @RequestParam Map<String, String> c, RedirectAttributes redirect) {
        try {
            activities.complete(id, new CompletionRequest(c.get("endDate"), RequestFields.number(c.get("cancelledM2"), "cancelledM2"),
                    RequestFields.number(c.get("reducedM2"), "reducedM2"), RequestFields.number(c.get("clearedM2"), "clearedM2"),
                    RequestFields.whole(c.get("clearanceDepthCm"), "clearanceDepthCm")));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | ConflictException e) {
            redirect.addFlashAttribute("completeError", e.getMessage());
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/share")
    String share(@PathVariable long id, RedirectAttributes redirect) {
        try {
            activities.share(id);
            redirect.addFlashAttribute("saved", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("completeError", e.getMessage());
        }
        return "redirect:/activities/" + id;
    }

    @GetMapping("/activities/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Activity a = activities.get(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(a.ref() + ".pdf").build().toString())
                .body(report.pdf(a, activities.finds(id), locale));
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
