package org.homecoming.server.landrelease.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.web.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of accidents, risk education and quality management: lists, the field forms (made for a tablet) and a
 * QA/QC visit's page where a quality manager closes a non-conformity. A refused entry comes back with its message
 * and what was typed.
 */
@Controller
class SafetyPageController {

    static final String ACCIDENTS = "landrelease/accidents";
    static final String ACCIDENT = "landrelease/accident";
    static final String EDUCATION = "landrelease/risk-education";
    static final String VISITS = "landrelease/qa-visits";
    static final String VISIT = "landrelease/qa-visit";
    /** How many victims the accident form offers rows for. */
    static final int VICTIM_ROWS = 4;

    private final AccidentService accidents;
    private final RiskEducationService education;
    private final QualityService quality;

    SafetyPageController(AccidentService accidents, RiskEducationService education, QualityService quality) {
        this.accidents = accidents;
        this.education = education;
        this.quality = quality;
    }

    @GetMapping("/accidents")
    String accidents(@RequestParam(required = false) Integer year, Model model) {
        return accidentList(model, year, Map.of(), null);
    }

    private String accidentList(Model model, Integer year, Map<String, String> typed, String error) {
        model.addAttribute("accidents", accidents.list(year));
        model.addAttribute("year", year);
        model.addAttribute("devices", DeviceCategory.values());
        model.addAttribute("activities", ActivityAtTime.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, VICTIM_ROWS).boxed().toList());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        model.addAttribute("today", RequestFields.today());
        return ACCIDENTS;
    }

    @PostMapping("/accidents")
    String recordAccident(@RequestParam Map<String, String> f, Model model) {
        try {
            List<AccidentRequest.VictimRequest> victims = new ArrayList<>();
            for (int i = 0; i < VICTIM_ROWS; i++) {
                String outcome = f.get("outcome" + i);
                if (outcome != null && !outcome.isBlank()) {
                    victims.add(new AccidentRequest.VictimRequest(f.get("sex" + i),
                            RequestFields.whole(f.get("age" + i), "victims[" + i + "].age"), outcome, f.get("injury" + i)));
                }
            }
            Accident a = accidents.record(new AccidentRequest(RequestFields.number(f.get("lat"), "lat"), RequestFields.number(f.get("lon"), "lon"),
                    f.get("occurredOn"), f.get("deviceCategory"), f.get("activityAtTime"), null, null,
                    f.get("description"), victims));
            return "redirect:/accidents/" + a.id();
        } catch (IllegalArgumentException e) {
            return accidentList(model, null, f, e.getMessage());
        }
    }

    @GetMapping("/accidents/{id}")
    String accident(@PathVariable long id, Model model) {
        model.addAttribute("a", accidents.detail(id));
        return ACCIDENT;
    }

    @PostMapping("/accidents/{id}/share")
    String shareAccident(@PathVariable long id, RedirectAttributes redirect) {
        try {
            accidents.share(id);
            redirect.addFlashAttribute("saved", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/accidents/" + id;
    }

    @PostMapping("/accidents/{id}/victims/{victimId}/consent")
    String consent(@PathVariable long id, @PathVariable long victimId, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            accidents.recordConsent(id, victimId, note);
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/accidents/" + id;
    }

    @GetMapping("/risk-education")
    String education(Model model) {
        return educationList(model, Map.of(), null);
    }

    private String educationList(Model model, Map<String, String> typed, String error) {
        model.addAttribute("sessions", education.list());
        model.addAttribute("methods", EducationMethod.values());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        model.addAttribute("today", RequestFields.today());
        return EDUCATION;
    }

    @PostMapping("/risk-education")
    String recordSession(@RequestParam Map<String, String> f, Model model) {
        try {
            education.record(new RiskEducationRequest(f.get("heldOn"), f.get("place"), RequestFields.number(f.get("lat"), "lat"),
                    RequestFields.number(f.get("lon"), "lon"), f.get("province"), f.get("organisation"), f.get("method"),
                    RequestFields.whole(f.get("girls"), "girls"), RequestFields.whole(f.get("boys"), "boys"), RequestFields.whole(f.get("women"), "women"),
                    RequestFields.whole(f.get("men"), "men")));
            return "redirect:/risk-education";
        } catch (IllegalArgumentException e) {
            return educationList(model, f, e.getMessage());
        }
    }

    @GetMapping("/qa-visits")
    String visits(Model model) {
        return visitList(model, Map.of(), null);
    }

    private String visitList(Model model, Map<String, String> typed, String error) {
        model.addAttribute("visits", quality.list());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        model.addAttribute("today", RequestFields.today());
        return VISITS;
    }

    @PostMapping("/qa-visits")
    String recordVisit(@RequestParam Map<String, String> f, Model model) {
        try {
            List<QaVisitRequest.NonconformityRequest> ncs = new ArrayList<>();
            if (f.get("ncDescription") != null && !f.get("ncDescription").isBlank()) {
                ncs.add(new QaVisitRequest.NonconformityRequest(f.get("ncSeverity"), f.get("ncDescription")));
            }
            QaVisit v = quality.record(new QaVisitRequest(f.get("visitType"), f.get("visitedOn"),
                    f.get("inspectedOrganisation"), f.get("inspectingOrganisation"), null, f.get("findings"), ncs));
            return "redirect:/qa-visits/" + v.id();
        } catch (IllegalArgumentException e) {
            return visitList(model, f, e.getMessage());
        }
    }

    @GetMapping("/qa-visits/{id}")
    String visit(@PathVariable long id, Model model) {
        model.addAttribute("v", quality.get(id));
        model.addAttribute("severities", Severity.values());
        return VISIT;
    }

    @PostMapping("/qa-visits/{id}/nonconformities")
    String addNonconformity(@PathVariable long id, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        try {
            quality.addNonconformity(id, new QaVisitRequest.NonconformityRequest(severity, description));
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/qa-visits/" + id;
    }

    @PostMapping("/nonconformities/{ncId}/close")
    String close(@PathVariable long ncId, @RequestParam long visitId,
            @RequestParam(required = false) String correctiveAction, RedirectAttributes redirect) {
        try {
            quality.close(ncId, correctiveAction);
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/qa-visits/" + visitId;
    }
}
