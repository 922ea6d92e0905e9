package org.homecoming.server.registry;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/persons/{id}/status-corrections}: an administrator sets any status with a
 * mandatory reason; answers the corrected person (201), 400 without a reason, 409 on a stale version.
 */
@RestController
class StatusCorrectionApiController {

    private final PersonService persons;

    StatusCorrectionApiController(PersonService persons) {
        this.persons = persons;
    }

    @PostMapping("/api/v1/persons/{id}/status-corrections")
    @ResponseStatus(HttpStatus.CREATED)
    MissingPerson correct(@PathVariable long id, @Valid @RequestBody StatusCorrectionForm form) {
        return persons.correctStatus(id, PersonStatus.parse(form.getStatus()), form.getReason(), form.getVersion());
    }
}
