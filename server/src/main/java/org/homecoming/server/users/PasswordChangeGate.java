package org.homecoming.server.users;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homecoming.server.security.HomecomingPrincipal;
import org.homecoming.server.security.UserAccount;
import org.homecoming.server.security.UserRepository;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a signed-in user to the state of their account at every request, after Spring Security has
 * authenticated it. A user whose password was generated (new account, reset) is sent to
 * {@code /account/password} until they change it, and the API answers them 403 with a JSON reason,
 * except for {@code POST /api/v1/account/password}. A session of an account disabled since sign-in
 * is ended. Principals with no stored account (tests, the system) pass.
 *
 * <pre>{@code
 * GET /persons as a user holding a one-time password  -> 302 /account/password
 * GET /api/v1/persons with the same password (Basic)   -> 403 {"status":403,"error":"the password of lan must be changed ..."}
 * }</pre>
 */
@Component
@Order(0)
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    /** Paths served without looking the account up: static files, health, errors. */
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/geo/", "/favicon.ico",
            "/error", "/actuator/health");
    /** Paths a user holding a one-time password may still open. */
    private static final List<String> OPEN = List.of(CHANGE_PAGE, AccountApiController.PATH, "/logout", "/login");

    private final UserRepository users;
    private final ObjectMapper json;

    PasswordChangeGate(UserRepository users, ObjectMapper json) {
        this.users = users;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> account = account();
        if (account.isEmpty() || (account.get().enabled() && !account.get().mustChangePassword())) {
            chain.doFilter(request, response);
        } else if (!account.get().enabled()) {
            endSession(request);
            refuse(request, response, path, HttpServletResponse.SC_UNAUTHORIZED, "/login?disabled",
                    "the account " + account.get().username() + " is disabled");
        } else if (OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response, path, HttpServletResponse.SC_FORBIDDEN, CHANGE_PAGE, "the password of "
                    + account.get().username() + " must be changed before the API can be used: POST "
                    + AccountApiController.PATH + " with {\"currentPassword\":...,\"newPassword\":...}");
        }
    }

    private Optional<UserAccount> account() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || !(a.getPrincipal() instanceof HomecomingPrincipal p)) {
            return Optional.empty();
        }
        return users.account(p.getUsername());
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, int status,
            String page, String reason) throws IOException {
        if (path.startsWith("/api/")) {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getWriter(), Map.of("status", status, "error", reason));
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
    }
}
