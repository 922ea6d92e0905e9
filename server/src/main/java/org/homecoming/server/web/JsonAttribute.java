package org.homecoming.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Writes a model value as JSON for a {@code data-} attribute, so a page hands data to its script
 * file without an inline script (the Content-Security-Policy forbids those). Thymeleaf escapes the
 * attribute; the script reads it with {@code JSON.parse(element.dataset.x)}, never as markup.
 *
 * <pre>{@code
 * <canvas th:data-chart="${@json.of(recoveries)}"></canvas>
 * }</pre>
 */
@Component("json")
public class JsonAttribute {

    private final ObjectMapper mapper;

    JsonAttribute(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code value} as JSON text. */
    public String of(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a page's data as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
