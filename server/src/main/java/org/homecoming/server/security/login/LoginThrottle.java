package org.homecoming.server.security.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses sign-in to a user name or from a client address that has failed too often of late,
 * whatever password comes next, so that guessing passwords is slowed to a few tries an hour.
 *
 * <pre>{@code
 * LoginThrottle throttle = new LoginThrottle(LoginLimits.defaults(), Clock.systemUTC());
 * throttle.lockout("lan", "192.0.2.7");   // Optional.empty(): may try
 * throttle.failed("lan", "192.0.2.7");    // a Lockout on the fifth failure in 15 minutes
 * throttle.succeeded("lan");              // a correct password forgets the name's failures
 * }</pre>
 *
 * <p>A success clears the user name's count but not the address's, so that an attacker who holds
 * one account cannot reset the address limit between guesses at others. User names longer than
 * any real one are cut, so that made-up names cannot make the store large.
 */
public class LoginThrottle {

    private static final int LONGEST_NAME = 65;

    private final FailureLedger accounts;
    private final FailureLedger addresses;
    private final Clock clock;

    public LoginThrottle(LoginLimits limits, Clock clock) {
        this.accounts = new FailureLedger(limits.accountFailures(), limits.window(), limits.firstLockout(),
                limits.longestLockout(), limits.tracked());
        this.addresses = new FailureLedger(limits.addressFailures(), limits.window(), limits.firstLockout(),
                limits.longestLockout(), limits.tracked());
        this.clock = clock;
    }

    /** The lock-out in force for this name or this address (the longer one), if any. */
    public Optional<Lockout> lockout(String username, String address) {
        Instant now = clock.instant();
        return longest(accounts.lockedFor(key(username), now).map(d -> new Lockout(Lockout.Scope.ACCOUNT, d)),
                addresses.lockedFor(address, now).map(d -> new Lockout(Lockout.Scope.ADDRESS, d)));
    }

    /** Counts a failed sign-in; answers the lock-out it starts, if it reaches a limit. */
    public Optional<Lockout> failed(String username, String address) {
        Instant now = clock.instant();
        return longest(accounts.fail(key(username), now).map(d -> new Lockout(Lockout.Scope.ACCOUNT, d)),
                addresses.fail(address, now).map(d -> new Lockout(Lockout.Scope.ADDRESS, d)));
    }

    /** Forgets the failures of a user name that has just signed in. */
    public void succeeded(String username) {
        accounts.clear(key(username));
    }

    /** How many user names and addresses are remembered. */
    public int tracked() {
        return accounts.size() + addresses.size();
    }

    private static String key(String username) {
        String name = username == null ? "" : username;
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    @SafeVarargs
    private static Optional<Lockout> longest(Optional<Lockout>... lockouts) {
        return Stream.of(lockouts).flatMap(Optional::stream).max(Comparator.comparing(Lockout::remaining));
    }
}
