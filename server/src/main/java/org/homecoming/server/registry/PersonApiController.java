package org.homecoming.server.registry;

import jakarta.validation.Valid;
import java.util.List;
import org.homecoming.server.search.DuplicateCandidate;
import org.homecoming.server.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/persons}: search, read, create, update (optimistic locking: a stale
 * {@code version} answers 409), delete, possible duplicates and merges.
 */
@RestController
@RequestMapping("/api/v1")
class PersonApiController {

    private final PersonService persons;
    private final PersonSearch search;
    private final PersonDetailsService details;
    private final MergeService merges;
    private final PersonFormValidator validator;

    PersonApiController(PersonService persons, PersonSearch search, PersonDetailsService details, MergeService merges,
            PersonFormValidator validator) {
        this.persons = persons;
        this.search = search;
        this.details = details;
        this.merges = merges;
        this.validator = validator;
    }

    @InitBinder("personForm")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping("/persons")
    Page<PersonSummary> find(@RequestParam(required = false) String q, @RequestParam(required = false) String side,
            @RequestParam(required = false) String status, @RequestParam(required = false) String province,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer birthFrom,
            @RequestParam(required = false) Integer birthTo, @RequestParam(required = false) Integer lossFrom,
            @RequestParam(required = false) Integer lossTo, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.find(new PersonSearch.Criteria(q, side, status, province, unit, birthFrom, birthTo, lossFrom,
                lossTo), page, size);
    }

    @GetMapping("/persons/{id}")
    PersonDetails get(@PathVariable long id) {
        return details.of(id);
    }

    @PostMapping("/persons")
    @ResponseStatus(HttpStatus.CREATED)
    MissingPerson create(@Valid @RequestBody PersonForm personForm) {
        return persons.create(personForm);
    }

    @PutMapping("/persons/{id}")
    MissingPerson update(@PathVariable long id, @Valid @RequestBody PersonForm personForm) {
        return persons.update(id, personForm);
    }

    @DeleteMapping("/persons/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        persons.delete(id);
    }

    @GetMapping("/persons/{id}/duplicates")
    List<DuplicateCandidate> duplicates(@PathVariable long id) {
        return merges.duplicatesOf(id);
    }

    /** The body of a merge request: the record to merge into this one, and why. */
    record MergeRequest(long mergedId, String reason) {
    }

    @PostMapping("/persons/{id}/merges")
    @ResponseStatus(HttpStatus.CREATED)
    MergeRecord merge(@PathVariable long id, @RequestBody MergeRequest r) {
        return merges.merge(id, r.mergedId(), r.reason());
    }

    @GetMapping("/persons/{id}/merges")
    List<MergeRecord> mergeHistory(@PathVariable long id) {
        persons.visible(id);
        return merges.history(id);
    }

    @PostMapping("/merges/{mergeId}/undo")
    MergeRecord undo(@PathVariable long mergeId) {
        return merges.undo(mergeId);
    }
}
