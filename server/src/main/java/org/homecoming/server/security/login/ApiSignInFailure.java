package org.homecoming.server.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homecoming.server.web.JsonError;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's answer to a request that is not signed in: 401 with a Basic challenge, or 429 with
 * {@code Retry-After} when the name or address is locked out; both with a JSON body.
 *
 * <pre>{@code
 * HTTP/1.1 429
 * Retry-After: 300
 * {"status":429,"error":"too many failed sign-ins; try again in 5 minutes","problems":[]}
 * }</pre>
 */
public class ApiSignInFailure implements AuthenticationEntryPoint {

    static final String REALM = "Basic realm=\"homecoming\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginLockedException locked) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(locked.lockout().seconds()));
            JsonError.write(response, 429, locked.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        JsonError.write(response, 401, "authentication required: HTTP Basic with a user name and password");
    }
}
