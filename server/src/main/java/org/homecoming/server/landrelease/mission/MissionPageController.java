package org.homecoming.server.landrelease.mission;

import java.util.Map;
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
 * The recovery team's pages: the missions, the form that opens one on a site (made for a tablet), and a mission's
 * page with the warning of its ground (bombing recorded around the site, open hazardous areas near it), its grid,
 * what it found, and the form that marks the site excavated, refused in the reader's language while the ground is
 * not cleared.
 */
@Controller
class MissionPageController {

    static final String LIST = "landrelease/missions";
    static final String DETAIL = "landrelease/mission";

    private final MissionService missions;

    MissionPageController(MissionService missions) {
        this.missions = missions;
    }

    @GetMapping("/recovery-missions")
    String list(Model model) {
        return list(model, Map.of(), null);
    }

    private String list(Model model, Map<String, String> typed, String error) {
        model.addAttribute("missions", missions.list(null));
        model.addAttribute("types", MissionType.values());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        model.addAttribute("today", RequestFields.today());
        return LIST;
    }

    @PostMapping("/recovery-missions")
    String create(@RequestParam Map<String, String> f, Model model) {
        try {
            RecoveryMission m = missions.create(new MissionRequest(f.get("site"), f.get("type"), f.get("team"),
                    "on".equals(f.get("joint")) || "true".equals(f.get("joint")), f.get("startDate"),
                    RequestFields.whole(f.get("hazardAreaId"), "hazardAreaId") == null ? null
                            : RequestFields.whole(f.get("hazardAreaId"), "hazardAreaId").longValue()));
            return "redirect:/recovery-missions/" + m.id();
        } catch (IllegalArgumentException e) {
            return list(model, f, e.getMessage());
        }
    }

    @GetMapping("/recovery-missions/{id}")
    String detail(@PathVariable long id, Model model) {
        RecoveryMission m = missions.get(id);
        model.addAttribute("m", m);
        model.addAttribute("warning", missions.warning(m));
        model.addAttribute("kinds", FindKind.values());
        model.addAttribute("today", RequestFields.today());
        return DETAIL;
    }

    @PostMapping("/recovery-missions/{id}/units")
    String unit(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
        return done(id, redirect, () -> missions.addUnit(id, f.get("label"), RequestFields.number(f.get("sizeM"), "sizeM"),
                RequestFields.whole(f.get("depthReachedCm"), "depthReachedCm"), "on".equals(f.get("finished"))));
    }

    @PostMapping("/recovery-missions/{id}/finds")
    String find(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
        return done(id, redirect, () -> missions.addFind(id, f.get("kind"), f.get("record"), f.get("unit"), f.get("note")));
    }

    @PostMapping("/recovery-missions/{id}/excavated")
    String excavated(@PathVariable long id, @RequestParam(required = false) String excavatedOn,
            RedirectAttributes redirect) {
        return done(id, redirect, () -> missions.markExcavated(id, excavatedOn));
    }

    @PostMapping("/recovery-missions/{id}/share")
    String share(@PathVariable long id, RedirectAttributes redirect) {
        return done(id, redirect, () -> missions.share(id));
    }

    private String done(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/recovery-missions/" + id;
    }
}
