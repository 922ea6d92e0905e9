package org.homecoming.server.security.login;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without looking at the password, because the user name or the client address
 * is locked out after too many failures.
 *
 * <pre>{@code
 * throw new LoginLockedException(new Lockout(Lockout.Scope.ACCOUNT, Duration.ofMinutes(5)));
 * }</pre>
 */
public class LoginLockedException extends AuthenticationException {

    private final transient Lockout lockout;

    public LoginLockedException(Lockout lockout) {
        super("too many failed sign-ins; try again in " + lockout.minutes() + " minutes");
        this.lockout = lockout;
    }

    public Lockout lockout() {
        return lockout;
    }
}
