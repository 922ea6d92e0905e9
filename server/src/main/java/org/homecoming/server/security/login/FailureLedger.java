package org.homecoming.server.security.login;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (a user name or a client address) with the lock-outs they caused, in a
 * bounded map: when it is full the least recently seen key is forgotten.
 *
 * <pre>{@code
 * FailureLedger names = new FailureLedger(5, window, first, longest, 10_000);
 * names.fail("lan", now); // Optional.empty() until the fifth failure in the window
 * }</pre>
 *
 * <p>A failure that reaches the limit starts a lock-out and clears the count; the next lock-out
 * of the same key lasts twice as long, up to the longest. A key with no failure and no lock-out
 * for a whole window is forgotten, and so is its lock-out level.
 */
final class FailureLedger {

    private final int limit;
    private final Duration window;
    private final Duration firstLockout;
    private final Duration longestLockout;
    private final Map<String, Entry> entries;

    FailureLedger(int limit, Duration window, Duration firstLockout, Duration longestLockout, int capacity) {
        this.limit = limit;
        this.window = window;
        this.firstLockout = firstLockout;
        this.longestLockout = longestLockout;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long {@code key} is still locked out at {@code now}; empty when it may try. */
    synchronized Optional<Duration> lockedFor(String key, Instant now) {
        Entry e = live(key, now);
        if (e == null || !now.isBefore(e.lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, e.lockedUntil));
    }

    /** Counts a failure; answers the lock-out it starts, if it reaches the limit. */
    synchronized Optional<Duration> fail(String key, Instant now) {
        Entry e = live(key, now);
        if (e == null) {
            e = new Entry();
            entries.put(key, e);
        }
        e.lastSeen = now;
        while (!e.failures.isEmpty() && !e.failures.peekFirst().plus(window).isAfter(now)) {
            e.failures.removeFirst();
        }
        e.failures.addLast(now);
        if (e.failures.size() < limit) {
            return Optional.empty();
        }
        e.failures.clear();
        Duration lockout = lockout(e.lockouts++);
        e.lockedUntil = now.plus(lockout);
        return Optional.of(lockout);
    }

    /** Forgets the failures and lock-out level of {@code key}. */
    synchronized void clear(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private Entry live(String key, Instant now) {
        Entry e = entries.get(key);
        if (e != null && !now.isBefore(latest(e.lastSeen, e.lockedUntil).plus(window))) {
            entries.remove(key);
            return null;
        }
        return e;
    }

    private Duration lockout(int earlier) {
        Duration d = firstLockout;
        for (int i = 0; i < earlier && d.compareTo(longestLockout) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(longestLockout) > 0 ? longestLockout : d;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static final class Entry {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lastSeen = Instant.EPOCH;
        Instant lockedUntil = Instant.EPOCH;
        int lockouts;
    }
}
