package org.homecoming.server.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Writes sign-ins, failed sign-ins, lock-outs and sign-outs to the audit log: the name that was
 * tried (never the password), the time, how and from which address.
 *
 * <pre>{@code
 * loginAudit.failed(Channel.FORM, "lan", "192.0.2.7", new BadCredentialsException("x"));
 * // audit_log: username=lan action=LOGIN_FAILED entity_type=LOGIN entity_id=FORM
 * //            detail="from 192.0.2.7: wrong user name or password"
 * }</pre>
 *
 * <p>An API client sends its password with every request; a successful HTTP Basic sign-in is
 * written once per user and address per {@code period}, not once per request. Attempts refused
 * during a lock-out are not written one by one: the lock-out itself is.
 */
public class LoginAudit implements LogoutHandler {

    /** The type of the audited "record" of these lines. */
    public static final String ENTITY = "LOGIN";
    private static final int LONGEST_NAME = 64;

    private final AuditLog audit;
    private final Clock clock;
    private final Duration period;
    private final Map<String, Instant> apiSignIns;

    public LoginAudit(AuditLog audit, Clock clock, Duration period, int tracked) {
        this.audit = audit;
        this.clock = clock;
        this.period = period;
        this.apiSignIns = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > tracked;
            }
        };
    }

    public void signedIn(Channel channel, String username, String address) {
        if (channel == Channel.FORM || firstApiSignInOfPeriod(username, address)) {
            write(AuditAction.LOGIN, channel, username, "from " + address);
        }
    }

    public void failed(Channel channel, String username, String address, AuthenticationException e) {
        write(AuditAction.LOGIN_FAILED, channel, username, "from " + address + ": " + reason(e));
    }

    public void locked(Channel channel, String username, String address, Lockout lockout) {
        String what = lockout.scope() == Lockout.Scope.ACCOUNT ? "user name" : "address " + address;
        write(AuditAction.LOGIN_LOCKED, channel, username, "from " + address + ": " + what + " locked out for "
                + lockout.minutes() + " min after too many failures");
    }

    /** Writes the sign-out of a logged-in user. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            write(AuditAction.LOGOUT, Channel.FORM, authentication.getName(), "from " + request.getRemoteAddr());
        }
    }

    private synchronized boolean firstApiSignInOfPeriod(String username, String address) {
        Instant now = clock.instant();
        Instant last = apiSignIns.get(username + " " + address);
        if (last != null && now.isBefore(last.plus(period))) {
            return false;
        }
        apiSignIns.put(username + " " + address, now);
        return true;
    }

    private void write(AuditAction action, Channel channel, String username, String detail) {
        audit.recordAs(name(username), action, ENTITY, channel.name(), detail);
    }

    private static String name(String username) {
        if (username == null || username.isBlank()) {
            return "(blank)";
        }
        return username.length() > LONGEST_NAME ? username.substring(0, LONGEST_NAME) : username;
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof DisabledException) {
            return "account disabled";
        }
        if (e instanceof LockedException) {
            return "account locked";
        }
        return "wrong user name or password";
    }
}
