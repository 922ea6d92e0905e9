package org.homecoming.server.users;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The JSON errors of the user-management API, declared on its controllers (which extend this class)
 * so they take precedence over the application-wide handlers: {@code {"status":400,"error":"roles
 * must ...","field":"roles","problems":["roles: ..."]}}, 409 for conflicts.
 */
abstract class UserApiErrors {

    @ExceptionHandler(UserInputException.class)
    ResponseEntity<Map<String, Object>> badInput(UserInputException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ExceptionHandler(UserConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(UserConflictException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            return answer(HttpStatus.BAD_REQUEST, field + " has the wrong type in the JSON body (roles is a list of"
                    + " role names, enabled true or false, the others text)", field);
        }
        return answer(HttpStatus.BAD_REQUEST, "the body must be a JSON object", null);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        body.put("problems", field == null ? List.of() : List.of(field + ": " + message));
        return ResponseEntity.status(status).body(body);
    }
}
