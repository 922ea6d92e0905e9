package org.homecoming.server.security.login;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in of one channel: refuses a locked-out name or address before any password is
 * checked, counts failures, and writes every outcome to the audit log.
 *
 * <pre>{@code
 * http.authenticationManager(new ThrottledLogin(Channel.BASIC, passwords, throttle, loginAudit));
 * }</pre>
 *
 * <p>The client address is the one Spring Security records for the request (the remote address;
 * behind a trusted proxy, Tomcat's {@code RemoteIpValve} puts the forwarded one there). The
 * failure that reaches a limit is answered as a lock-out already. A fault of the server (the user
 * store unreachable) is neither counted nor written as a failed sign-in.
 */
public class ThrottledLogin implements AuthenticationManager {

    private final Channel channel;
    private final AuthenticationManager passwords;
    private final LoginThrottle throttle;
    private final LoginAudit audit;

    public ThrottledLogin(Channel channel, AuthenticationManager passwords, LoginThrottle throttle, LoginAudit audit) {
        this.channel = channel;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = address(attempt);
        Optional<Lockout> lockout = throttle.lockout(username, address);
        if (lockout.isPresent()) {
            throw new LoginLockedException(lockout.get());
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(username);
            audit.signedIn(channel, username, address);
            return done;
        } catch (InternalAuthenticationServiceException e) {
            throw e;
        } catch (AuthenticationException e) {
            audit.failed(channel, username, address, e);
            Optional<Lockout> started = throttle.failed(username, address);
            if (started.isPresent()) {
                audit.locked(channel, username, address, started.get());
                throw new LoginLockedException(started.get());
            }
            throw e;
        }
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }
}
