package org.homecoming.server.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homecoming.server.search.DuplicateCandidate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person page's possible duplicates, with the reasons, and the explicit merge and its undo:
 * a merge names the record kept, the record merged into it and why; it is logged and reversible.
 */
@Controller
class DuplicatesController {

    static final String DUPLICATES_VIEW = "persons/duplicates :: duplicates";

    /** A possible duplicate as the page lists it. */
    record Duplicate(MissingPerson person, double score, List<String> reasons) {
    }

    private final MergeService merges;
    private final PersonRepository persons;

    DuplicatesController(MergeService merges, PersonRepository persons) {
        this.merges = merges;
        this.persons = persons;
    }

    @GetMapping("/persons/{id}/duplicates")
    String duplicates(@PathVariable long id, Model model) {
        List<DuplicateCandidate> found = merges.duplicatesOf(id);
        Map<Long, MissingPerson> byId = persons.findAll(found.stream().map(DuplicateCandidate::id).toList()).stream()
                .collect(Collectors.toMap(MissingPerson::id, Function.identity()));
        model.addAttribute("personId", id);
        model.addAttribute("duplicates", found.stream().filter(c -> byId.containsKey(c.id()))
                .map(c -> new Duplicate(byId.get(c.id()), c.score(), c.reasons())).toList());
        model.addAttribute("history", merges.history(id));
        return DUPLICATES_VIEW;
    }

    @PostMapping("/persons/{id}/merges")
    String processMerge(@PathVariable long id, @RequestParam long mergedId, @RequestParam(defaultValue = "") String reason) {
        merges.merge(id, mergedId, reason);
        return "redirect:/persons/" + id;
    }

    @PostMapping("/merges/{mergeId}/undo")
    String processUndo(@PathVariable long mergeId) {
        return "redirect:/persons/" + merges.undo(mergeId).survivorId();
    }
}
