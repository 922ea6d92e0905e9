package org.homecoming.server.registry;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.Labels;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.Page;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser pages of missing persons: search, the person page, the pedigree drawing and the form. */
@Controller
class PersonController {

    static final String SEARCH_VIEW = "persons/search";
    static final String RESULTS_VIEW = "persons/results :: results";
    static final String DETAIL_VIEW = "persons/detail";
    static final String FORM_VIEW = "persons/form";

    private final PersonSearch search;
    private final PersonDetailsService details;
    private final PersonService persons;
    private final FamilyRepository families;
    private final PersonFormValidator validator;
    private final Labels labels;
    private final FamilyDisclosure disclosure;
    private final CurrentUsers currentUsers;

    PersonController(PersonSearch search, PersonDetailsService details, PersonService persons,
            FamilyRepository families, PersonFormValidator validator, Labels labels, FamilyDisclosure disclosure,
            CurrentUsers currentUsers) {
        this.labels = labels;
        this.disclosure = disclosure;
        this.search = search;
        this.details = details;
        this.persons = persons;
        this.families = families;
        this.validator = validator;
        this.currentUsers = currentUsers;
    }

    @InitBinder("personForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.addValidators(validator);
    }

    /** Only the statuses that describe the case are offered; the others are set by their workflows. */
    @ModelAttribute("statuses")
    java.util.List<PersonStatus> statuses() {
        return PersonStatus.editable();
    }

    @GetMapping("/persons")
    String search(@ModelAttribute("criteria") SearchForm criteria, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", find(criteria, page));
        return SEARCH_VIEW;
    }

    @GetMapping("/persons/results")
    String results(@ModelAttribute("criteria") SearchForm criteria, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", find(criteria, page));
        return RESULTS_VIEW;
    }

    private Page<PersonSummary> find(SearchForm c, int page) {
        return search.find(c.criteria(), page, 20);
    }

    @GetMapping("/persons/{id}")
    String show(@PathVariable long id, Model model) {
        PersonDetails d = details.of(id);
        model.addAttribute("d", d);
        Optional<MissingPerson> head = head(d.person());
        List<Relative> family = head.isEmpty() ? d.family() : disclosure.family(Viewer.of(currentUsers.get()), head.get(),
                families.ofPerson(head.get().id()), "person page");
        model.addAttribute("familyHead", head.orElse(null));
        model.addAttribute("pedigree", family.isEmpty() ? null : pedigree(d.person(), head.orElse(d.person()), family));
        return DETAIL_VIEW;
    }

    /** The pedigree drawing alone: the family as the viewer may see it, audited when cross-side. */
    @GetMapping(value = "/persons/{id}/pedigree.svg", produces = "image/svg+xml")
    ResponseEntity<String> pedigree(@PathVariable long id) {
        MissingPerson p = persons.visible(id);
        MissingPerson head = head(p).orElse(p);
        String svg = pedigree(p, head, disclosure.family(Viewer.of(currentUsers.get()), head, families.ofPerson(head.id()),
                "pedigree")).toSvg();
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(svg);
    }

    /** The first missing person of the family {@code p} stands in as another missing person, when the viewer may see them. */
    private Optional<MissingPerson> head(MissingPerson p) {
        Optional<Long> head = families.headOf(p.id());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(persons.visible(head.get()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private PedigreeDrawing pedigree(MissingPerson p, MissingPerson head, List<Relative> family) {
        boolean genetics = currentUsers.get().canSeeGenetics();
        var others = new PedigreeSvg.OtherMissing(head, families.missingRows(head.id()),
                labels.message("pedigree.missing", List.of(), "missing"));
        return PedigreeSvg.drawRelatives(p, others, family, disclosure.visibleReferences(family,
                families.profiled(head.id())), genetics, code -> labels.of("relationship", code),
                labels.message("family.withheld", List.of(), PedigreeSvg.WITHHELD));
    }

    @GetMapping("/persons/new")
    String initCreationForm(Model model) {
        PersonForm f = new PersonForm();
        f.setSide(currentUsers.get().side().name());
        model.addAttribute("personForm", f);
        return FORM_VIEW;
    }

    @PostMapping("/persons/new")
    String processCreationForm(@Valid @ModelAttribute("personForm") PersonForm personForm, BindingResult result) {
        checkStatus(null, personForm, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        return "redirect:/persons/" + persons.create(personForm).id();
    }

    @GetMapping("/persons/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        MissingPerson p = persons.visible(id);
        model.addAttribute("personForm", PersonForm.of(p, details.aliases(id)));
        model.addAttribute("personId", id);
        model.addAttribute("statusLocked", p.status().standsOnEvidence());
        return FORM_VIEW;
    }

    @PostMapping("/persons/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm personForm,
            BindingResult result, Model model) {
        model.addAttribute("personId", id);
        PersonStatus stored = persons.visible(id).status();
        model.addAttribute("statusLocked", stored.standsOnEvidence());
        checkStatus(stored, personForm, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            persons.update(id, personForm);
        } catch (StaleVersionException e) {
            result.reject("person.stale", e.getMessage());
            return FORM_VIEW;
        }
        return "redirect:/persons/" + id;
    }

    /** A forged status that needs evidence, or a move out of one, is refused as an error of the field. */
    private static void checkStatus(PersonStatus stored, PersonForm form, BindingResult result) {
        if (result.hasFieldErrors("status")) {
            return;
        }
        String problem = StatusRules.editProblem(stored, PersonStatus.parse(form.getStatus()));
        if (problem != null) {
            result.rejectValue("status", "person.statusNeedsEvidence", problem);
        }
    }
}
