package org.homecoming.server.registry;

import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The page where a case or liaison officer records a family member's consents and withdrawals, with their history. */
@Controller
class ConsentController {

    static final String VIEW = "persons/consents";

    private final ConsentService consents;
    private final FamilyRepository families;

    ConsentController(ConsentService consents, FamilyRepository families) {
        this.consents = consents;
        this.families = families;
    }

    @InitBinder("consentForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("scopes")
    ConsentScope[] scopes() {
        return ConsentScope.values();
    }

    @GetMapping("/family-members/{id}/consents")
    String initCreationForm(@PathVariable long id, Model model) {
        return page(id, new ConsentForm(), null, model);
    }

    @PostMapping("/family-members/{id}/consents")
    String processCreationForm(@PathVariable long id, @ModelAttribute("consentForm") ConsentForm form, Model model) {
        try {
            consents.record(id, ConsentScope.parse(form.getScope()), form.isGranted(), form.getEffectiveOn(),
                    form.getBasis());
        } catch (IllegalArgumentException e) {
            return page(id, form, e.getMessage(), model);
        }
        return "redirect:/family-members/" + id + "/consents";
    }

    private String page(long id, ConsentForm form, String error, Model model) {
        model.addAttribute("history", consents.history(id));
        model.addAttribute("member", families.find(id).orElseThrow(() -> new NotFoundException("family member", id)));
        model.addAttribute("consentForm", form);
        model.addAttribute("error", error);
        return VIEW;
    }
}
