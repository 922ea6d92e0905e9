package org.homecoming.server.closure;

import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.web.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The pages on which liaison staff record a notification, a reburial or a repatriation of a person. */
@Controller
class ClosureController {

    static final String NOTIFICATION_VIEW = "closure/notification";
    static final String REBURIAL_VIEW = "closure/reburial";
    static final String REPATRIATION_VIEW = "closure/repatriation";

    private final ClosureService closure;
    private final PersonService persons;
    private final FamilyRepository families;

    ClosureController(ClosureService closure, PersonService persons, FamilyRepository families) {
        this.closure = closure;
        this.persons = persons;
        this.families = families;
    }

    @ModelAttribute
    void person(@PathVariable long id, Model model) {
        model.addAttribute("person", persons.visible(id));
        model.addAttribute("family", families.ofPerson(id));
        model.addAttribute("methods", NotificationMethod.values());
    }

    @GetMapping("/persons/{id}/notifications/new")
    String initNotificationForm(Model model) {
        model.addAttribute("notificationForm", new NotificationForm());
        return NOTIFICATION_VIEW;
    }

    @PostMapping("/persons/{id}/notifications/new")
    String processNotificationForm(@PathVariable long id, @Valid @ModelAttribute NotificationForm notificationForm,
            BindingResult result) {
        return save(id, result, NOTIFICATION_VIEW, () -> closure.notify(id, notificationForm));
    }

    @GetMapping("/persons/{id}/reburials/new")
    String initReburialForm(Model model) {
        model.addAttribute("reburialForm", new ReburialForm());
        return REBURIAL_VIEW;
    }

    @PostMapping("/persons/{id}/reburials/new")
    String processReburialForm(@PathVariable long id, @Valid @ModelAttribute ReburialForm reburialForm,
            BindingResult result) {
        return save(id, result, REBURIAL_VIEW, () -> closure.rebury(id, reburialForm));
    }

    @GetMapping("/persons/{id}/repatriations/new")
    String initRepatriationForm(Model model) {
        model.addAttribute("repatriationForm", new RepatriationForm());
        return REPATRIATION_VIEW;
    }

    @PostMapping("/persons/{id}/repatriations/new")
    String processRepatriationForm(@PathVariable long id, @Valid @ModelAttribute RepatriationForm repatriationForm,
            BindingResult result) {
        return save(id, result, REPATRIATION_VIEW, () -> closure.repatriate(id, repatriationForm));
    }

    /** Saves unless the form has errors; a refusal of the service (out of order, wrong relative) is shown on the form. */
    private static String save(long id, BindingResult result, String view, Supplier<?> action) {
        if (result.hasErrors()) {
            return view;
        }
        try {
            action.get();
        } catch (ConflictException | IllegalArgumentException e) {
            result.reject("closure.refused", new Object[] {e.getMessage()}, e.getMessage());
            return view;
        }
        return "redirect:/persons/" + id;
    }
}
