package org.homecoming.server.identification;

import java.util.Arrays;
import java.util.List;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** DVI incidents: create one (site + list of the missing), then review its joint analysis on one page. */
@Controller
class DviController {

    static final String LIST_VIEW = "identification/dvi";
    static final String INCIDENT_VIEW = "identification/dvi-incident";

    private final DviIncidentService incidents;
    private final CurrentUsers currentUsers;

    DviController(DviIncidentService incidents, CurrentUsers currentUsers) {
        this.incidents = incidents;
        this.currentUsers = currentUsers;
    }

    /** Body of a new incident. */
    record IncidentRequest(long siteId, List<Long> personIds, String name) {
    }

    @GetMapping("/identification/dvi")
    String list(Model model) {
        model.addAttribute("incidents", incidents.all());
        return LIST_VIEW;
    }

    @PostMapping("/identification/dvi")
    String create(@RequestParam long siteId, @RequestParam String personIds, @RequestParam String name) {
        List<Long> ids = Arrays.stream(personIds.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        long id = incidents.create(siteId, ids, name, currentUsers.get().username());
        return "redirect:/identification/dvi/" + id;
    }

    @GetMapping("/identification/dvi/{id}")
    String incident(@PathVariable long id, Model model) {
        model.addAttribute("incident", incidents.find(id));
        return INCIDENT_VIEW;
    }

    @PostMapping("/api/v1/identification/dvi")
    @ResponseBody
    ResponseEntity<DviIncident> createApi(@RequestBody IncidentRequest r) {
        long id = incidents.create(r.siteId(), r.personIds() == null ? List.of() : r.personIds(), r.name(),
                currentUsers.get().username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(incidents.find(id));
    }

    @GetMapping("/api/v1/identification/dvi/{id}")
    @ResponseBody
    DviIncident get(@PathVariable long id) {
        return incidents.find(id);
    }
}
