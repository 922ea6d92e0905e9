package org.homecoming.server.archive;

import org.homecoming.server.web.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The archive pages' answer to a change made on a stale version (an artifact's return, a request's
 * status changed by someone else meanwhile): 409 and the error page, so the user reloads.
 */
@ControllerAdvice(assignableTypes = {ArtifactController.class, RequestController.class, DocumentController.class})
class ArchiveWebErrors {

    /** The same error page as the web package's {@code WebErrors}. */
    static final String VIEW = "web/error";

    @ExceptionHandler(StaleVersionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(StaleVersionException e, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("message", e.getMessage());
        return VIEW;
    }
}
