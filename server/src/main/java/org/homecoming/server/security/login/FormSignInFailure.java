package org.homecoming.server.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The login form's answer to a failed sign-in: back to {@code /login?error}, or to
 * {@code /login?locked=N} (N minutes) when the name or address is locked out.
 *
 * <pre>{@code
 * http.formLogin(f -> f.failureHandler(new FormSignInFailure()));
 * }</pre>
 */
public class FormSignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String query = e instanceof LoginLockedException locked ? "locked=" + locked.lockout().minutes() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
