package org.homecoming.server.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The browser's access-denied answer: 403, with the reason kept for the error page, so that a
 * form whose CSRF token expired is told apart from a page the user's roles do not open, and an
 * upload too large to read (which has lost its token with its other fields) gets 413.
 *
 * <pre>{@code
 * http.exceptionHandling(e -> e.accessDeniedHandler(new AccessDenied()));
 * }</pre>
 */
public class AccessDenied implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException && uploadTooLarge(request)) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, e);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** An upload over the size limits has no readable fields, hence no CSRF token either. */
    private static boolean uploadTooLarge(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException tooLarge) {
            return true;
        } catch (ServletException notMultipart) {
            return false;
        }
    }
}
