package org.homecoming.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error the servlet container forwards to {@code /error} (Spring Boot's whitelabel
 * page is replaced): JSON for the API, a page in the application's layout for the browser, and
 * the access-denied page for 403.
 *
 * <pre>{@code
 * GET /api/v1/nothing-here   -> 404 {"status":404,"error":"not found: /api/v1/nothing-here","problems":[]}
 * GET /identification        -> 403 web/denied (a viewer)
 * }</pre>
 *
 * <p>A 4xx answer says what was wrong with the request; a 5xx answer never shows the exception,
 * which only the server log holds.
 */
@Controller
class ErrorPages implements ErrorController {

    static final String DENIED_VIEW = "web/denied";
    private static final int LONGEST_PATH = 200;

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        String path = path(request);
        if (wantsJson(request, path)) {
            JsonError.write(response, status, message(status, request.getMethod(), path, error(request)));
            return null;
        }
        ModelAndView page = new ModelAndView(status == 403 ? DENIED_VIEW : WebErrors.VIEW, HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("formExpired", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return page;
    }

    /** What the API says for {@code status}: the request's mistake for a 4xx, nothing internal for a 5xx. */
    static String message(int status, String method, String path, Throwable error) {
        if (status >= 500) {
            return "internal error; the server log has the details";
        }
        if (status == 404) {
            return "not found: " + path;
        }
        if (status == 403) {
            return "access denied: your roles do not allow " + method + " " + path;
        }
        if (error instanceof ErrorResponse e && e.getBody().getDetail() != null) {
            return e.getBody().getDetail();
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "error " + status : known.getReasonPhrase();
    }

    private Throwable error(HttpServletRequest request) {
        Throwable t = errors.getError(new ServletWebRequest(request));
        return t != null ? t : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    }

    static boolean wantsJson(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s && s >= 400 && s < 600
                ? s : 404;
    }

    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        path = path.substring(Math.min(path.length(), request.getContextPath().length()));
        return path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "..." : path;
    }
}
