package org.homecoming.server.security.login;

import java.time.Duration;

/**
 * A refusal to check passwords for a while: which limit was reached and how long it still lasts.
 *
 * <pre>{@code
 * new Lockout(Lockout.Scope.ACCOUNT, Duration.ofSeconds(250)).minutes(); // 5
 * }</pre>
 */
public record Lockout(Scope scope, Duration remaining) {

    /** What is locked out: one user name, or one client address whatever name it tries. */
    public enum Scope {
        ACCOUNT, ADDRESS
    }

    public Lockout {
        if (scope == null) {
            throw new IllegalArgumentException("scope must be given: null");
        }
        if (remaining == null || remaining.isNegative() || remaining.isZero()) {
            throw new IllegalArgumentException("remaining must be a positive duration: " + remaining);
        }
    }

    /** Whole seconds left, rounded up: the value of a {@code Retry-After} header. */
    public long seconds() {
        return remaining.plusNanos(999_999_999).getSeconds();
    }

    /** Whole minutes left, rounded up: what the login page says. */
    public long minutes() {
        return (seconds() + 59) / 60;
    }
}
