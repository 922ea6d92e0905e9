package org.homecoming.server.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the API's exceptions into JSON answers: {@code {"status":409,"error":"..."}}; validation
 * failures list each field with its problem.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Map<String, Object>> stale(StaleVersionException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badInput(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongType(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return answer(HttpStatus.BAD_REQUEST, e.getName() + " must be of type " + type + ": " + e.getValue(), List.of());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(org.springframework.security.access.AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        List<String> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted().toList();
        List<String> global = e.getBindingResult().getGlobalErrors().stream().map(g -> g.getDefaultMessage()).toList();
        java.util.ArrayList<String> all = new java.util.ArrayList<>(problems);
        all.addAll(global);
        return answer(HttpStatus.BAD_REQUEST, "invalid input", all);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message, List<String> problems) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", message, "problems", problems));
    }
}
