package org.homecoming.server.closure;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/persons/{id}/...}: the closure records of a person, and the three records that move
 * its status (201; 409 with the reason when the case does not stand where the step follows).
 */
@RestController
@RequestMapping("/api/v1/persons/{id}")
class ClosureApiController {

    private final ClosureService closure;

    ClosureApiController(ClosureService closure) {
        this.closure = closure;
    }

    @GetMapping("/closure")
    ClosureRecords records(@PathVariable long id) {
        return closure.of(id);
    }

    @PostMapping("/notifications")
    @ResponseStatus(HttpStatus.CREATED)
    FamilyNotification notify(@PathVariable long id, @Valid @RequestBody NotificationForm form) {
        return closure.notify(id, form);
    }

    @PostMapping("/reburials")
    @ResponseStatus(HttpStatus.CREATED)
    Reburial rebury(@PathVariable long id, @Valid @RequestBody ReburialForm form) {
        return closure.rebury(id, form);
    }

    @PostMapping("/repatriations")
    @ResponseStatus(HttpStatus.CREATED)
    Repatriation repatriate(@PathVariable long id, @Valid @RequestBody RepatriationForm form) {
        return closure.repatriate(id, form);
    }
}
