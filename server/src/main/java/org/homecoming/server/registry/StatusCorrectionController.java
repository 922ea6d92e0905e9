package org.homecoming.server.registry;

import jakarta.validation.Valid;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The page on which an administrator corrects a wrong status, with a reason. */
@Controller
class StatusCorrectionController {

    static final String VIEW = "persons/correction";

    private final PersonService persons;

    StatusCorrectionController(PersonService persons) {
        this.persons = persons;
    }

    @ModelAttribute
    void person(@PathVariable long id, Model model) {
        model.addAttribute("person", persons.visible(id));
        model.addAttribute("statuses", PersonStatus.values());
    }

    @GetMapping("/persons/{id}/status-corrections/new")
    String initCorrectionForm(Model model) {
        MissingPerson person = (MissingPerson) model.getAttribute("person");
        StatusCorrectionForm f = new StatusCorrectionForm();
        f.setStatus(person.status().name());
        f.setVersion(person.version());
        model.addAttribute("statusCorrectionForm", f);
        return VIEW;
    }

    @PostMapping("/persons/{id}/status-corrections/new")
    String processCorrectionForm(@PathVariable long id, @Valid @ModelAttribute StatusCorrectionForm statusCorrectionForm,
            BindingResult result) {
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            persons.correctStatus(id, PersonStatus.parse(statusCorrectionForm.getStatus()),
                    statusCorrectionForm.getReason(), statusCorrectionForm.getVersion());
        } catch (StaleVersionException | IllegalArgumentException e) {
            result.reject("closure.refused", new Object[] {e.getMessage()}, e.getMessage());
            return VIEW;
        }
        return "redirect:/persons/" + id;
    }
}
