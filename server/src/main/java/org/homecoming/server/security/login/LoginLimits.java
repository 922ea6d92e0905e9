package org.homecoming.server.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are tolerated, and for how long sign-in is refused after that.
 *
 * <pre>{@code
 * new LoginLimits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(1), 10_000);
 * }</pre>
 *
 * <p>{@code accountFailures} failures for one user name, or {@code addressFailures} failures from
 * one client address, within {@code window} lock that name or address out for {@code firstLockout};
 * each further lock-out of the same name or address within the window lasts twice as long, up to
 * {@code longestLockout}. At most {@code tracked} names and as many addresses are remembered; the
 * least recently seen are forgotten first. Set as {@code homecoming.login.account-failures},
 * {@code address-failures}, {@code window}, {@code first-lockout}, {@code longest-lockout} and
 * {@code tracked}; the defaults are those of {@link #defaults()}.
 */
@ConfigurationProperties("homecoming.login")
public record LoginLimits(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
        @DefaultValue("15m") Duration window, @DefaultValue("5m") Duration firstLockout,
        @DefaultValue("1h") Duration longestLockout, @DefaultValue("10000") int tracked) {

    public LoginLimits {
        positive("homecoming.login.account-failures", accountFailures);
        positive("homecoming.login.address-failures", addressFailures);
        positive("homecoming.login.window", window);
        positive("homecoming.login.first-lockout", firstLockout);
        positive("homecoming.login.longest-lockout", longestLockout);
        positive("homecoming.login.tracked", tracked);
        if (longestLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("homecoming.login.longest-lockout must not be shorter than"
                    + " homecoming.login.first-lockout (" + firstLockout + "): " + longestLockout);
        }
    }

    /** Five failures per account and twenty per address in 15 minutes; lock-outs from 5 minutes to an hour. */
    public static LoginLimits defaults() {
        return new LoginLimits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(1), 10_000);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + value);
        }
    }
}
