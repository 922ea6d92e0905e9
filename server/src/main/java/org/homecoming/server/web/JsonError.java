package org.homecoming.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an API error straight to the response, in the shape {@link ApiErrors} answers:
 * {@code {"status":403,"error":"...","problems":[]}}. For answers given outside Spring MVC
 * (security filters, the error dispatch, Tomcat), where no message converter is chosen.
 *
 * <pre>{@code
 * JsonError.write(response, 429, "too many failed sign-ins; try again in 5 minutes");
 * }</pre>
 */
public final class JsonError {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonError() {
    }

    /** The body of an error answer. */
    public static byte[] body(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        body.put("problems", List.of());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("an error body could not be written as JSON", e);
        }
    }

    /** Sets the status and writes the body; the response must not be committed yet. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = body(status, message);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
