package org.homecoming.server.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.homecoming.server.MovableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(LoginLimits.defaults(), clock);

    private Optional<Lockout> failTimes(int n, String username, String address) {
        Optional<Lockout> last = Optional.empty();
        for (int i = 0; i < n; i++) {
            last = throttle.failed(username, address);
        }
        return last;
    }

    @Nested
    class PerAccount {

        @Test
        void theFifthFailureWithinFifteenMinutesLocksTheNameOutForFiveMinutes() {
            assertThat(failTimes(4, "lan", "192.0.2.1")).isEmpty();
            assertThat(throttle.lockout("lan", "192.0.2.1")).isEmpty();
            clock.advance(Duration.ofMinutes(14));
            assertThat(throttle.failed("lan", "192.0.2.2"))
                    .contains(new Lockout(Lockout.Scope.ACCOUNT, Duration.ofMinutes(5)));
            clock.advance(Duration.ofSeconds(10));
            assertThat(throttle.lockout("lan", "198.51.100.9"))
                    .contains(new Lockout(Lockout.Scope.ACCOUNT, Duration.ofSeconds(290)));
            assertThat(throttle.lockout("hoa", "192.0.2.1")).isEmpty();
        }

        @Test
        void failuresOlderThanTheWindowNoLongerCount() {
            failTimes(4, "lan", "192.0.2.1");
            clock.advance(Duration.ofMinutes(15));
            assertThat(failTimes(4, "lan", "192.0.2.1")).isEmpty();
            assertThat(throttle.failed("lan", "192.0.2.1")).isPresent();
        }

        @Test
        void theLockOutEndsOnTimeAndTheNextOneLastsTwiceAsLong() {
            failTimes(5, "lan", "192.0.2.1");
            clock.advance(Duration.ofMinutes(5).minusSeconds(1));
            assertThat(throttle.lockout("lan", "192.0.2.1")).map(Lockout::seconds).contains(1L);
            clock.advance(Duration.ofSeconds(1));
            assertThat(throttle.lockout("lan", "192.0.2.1")).isEmpty();
            assertThat(failTimes(4, "lan", "192.0.2.1")).isEmpty();
            assertThat(throttle.failed("lan", "192.0.2.1")).map(Lockout::remaining).contains(Duration.ofMinutes(10));
            clock.advance(Duration.ofMinutes(10));
            assertThat(failTimes(5, "lan", "192.0.2.1")).map(Lockout::remaining).contains(Duration.ofMinutes(20));
        }

        @Test
        void lockOutsGrowToAnHourAndNoFurther() {
            Duration last = Duration.ZERO;
            for (int round = 0; round < 8; round++) {
                last = failTimes(5, "lan", "192.0.2." + round).orElseThrow().remaining();
                clock.advance(last);
            }
            assertThat(last).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void aQuietWindowAfterTheLockOutForgetsItsLevel() {
            failTimes(5, "lan", "192.0.2.1");
            clock.advance(Duration.ofMinutes(5 + 15));
            assertThat(failTimes(5, "lan", "192.0.2.1")).map(Lockout::remaining).contains(Duration.ofMinutes(5));
        }

        @Test
        void aSuccessForgetsTheNamesFailuresButNotTheAddresss() {
            LoginThrottle strict = new LoginThrottle(new LoginLimits(5, 6, Duration.ofMinutes(15), Duration.ofMinutes(5),
                    Duration.ofHours(1), 100), clock);
            for (int i = 0; i < 4; i++) {
                strict.failed("lan", "192.0.2.1");
            }
            strict.succeeded("lan");
            assertThat(strict.failed("lan", "192.0.2.1")).isEmpty();
            assertThat(strict.failed("lan", "192.0.2.1"))
                    .contains(new Lockout(Lockout.Scope.ADDRESS, Duration.ofMinutes(5)));
        }

        @Test
        void namesLongerThanAnyRealOneAreCutSoTheyCannotFillTheStore() {
            String longName = "a".repeat(65);
            failTimes(4, longName + "x".repeat(100_000), "192.0.2.1");
            assertThat(throttle.failed(longName + "y", "192.0.2.2")).map(Lockout::scope).contains(Lockout.Scope.ACCOUNT);
        }
    }

    @Nested
    class PerAddress {

        @Test
        void twentyFailuresFromOneAddressLockItOutWhateverTheName() {
            for (int i = 0; i < 19; i++) {
                assertThat(throttle.failed("user" + i, "203.0.113.5")).isEmpty();
            }
            assertThat(throttle.failed("user19", "203.0.113.5"))
                    .contains(new Lockout(Lockout.Scope.ADDRESS, Duration.ofMinutes(5)));
            assertThat(throttle.lockout("someone-else", "203.0.113.5")).map(Lockout::scope).contains(Lockout.Scope.ADDRESS);
            assertThat(throttle.lockout("someone-else", "203.0.113.6")).isEmpty();
        }

        @Test
        void theLongerOfTwoLockOutsIsTheOneInForce() {
            failTimes(5, "lan", "203.0.113.5");
            clock.advance(Duration.ofMinutes(5));
            failTimes(5, "lan", "203.0.113.5");
            clock.advance(Duration.ofMinutes(1));
            for (int i = 0; i < 9; i++) {
                assertThat(throttle.failed("user" + i, "203.0.113.5")).isEmpty();
            }
            assertThat(throttle.failed("user9", "203.0.113.5"))
                    .contains(new Lockout(Lockout.Scope.ADDRESS, Duration.ofMinutes(5)));
            assertThat(throttle.lockout("lan", "203.0.113.5"))
                    .contains(new Lockout(Lockout.Scope.ACCOUNT, Duration.ofMinutes(9)));
            assertThat(throttle.lockout("user1", "203.0.113.5"))
                    .contains(new Lockout(Lockout.Scope.ADDRESS, Duration.ofMinutes(5)));
        }
    }

    @Nested
    class Store {

        @Test
        void whenFullTheLeastRecentlySeenAreForgotten() {
            LoginThrottle small = new LoginThrottle(new LoginLimits(2, 100, Duration.ofMinutes(15), Duration.ofMinutes(5),
                    Duration.ofHours(1), 3), clock);
            small.failed("a", "192.0.2.1");
            small.failed("b", "192.0.2.1");
            small.failed("c", "192.0.2.1");
            small.failed("d", "192.0.2.1");
            assertThat(small.tracked()).isEqualTo(3 + 1);
            assertThat(small.failed("a", "192.0.2.1")).isEmpty();
            assertThat(small.failed("d", "192.0.2.1")).isPresent();
        }

        @Test
        void entriesOfAQuietWindowAreDroppedWhenSeenAgain() {
            failTimes(3, "lan", "192.0.2.1");
            assertThat(throttle.tracked()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(15));
            assertThat(throttle.lockout("lan", "192.0.2.1")).isEmpty();
            assertThat(throttle.tracked()).isZero();
        }
    }

    @Nested
    class Limits {

        @Test
        void lockOutsRoundUpToWholeSecondsAndMinutes() {
            Lockout l = new Lockout(Lockout.Scope.ACCOUNT, Duration.ofSeconds(240).plusNanos(1));
            assertThat(l.seconds()).isEqualTo(241);
            assertThat(l.minutes()).isEqualTo(5);
            assertThat(new Lockout(Lockout.Scope.ADDRESS, Duration.ofMinutes(5)).minutes()).isEqualTo(5);
        }

        @Test
        void eachBadLimitIsRefusedNamingItsProperty() {
            Duration m = Duration.ofMinutes(1);
            assertThatThrownBy(() -> new LoginLimits(0, 20, m, m, m, 10))
                    .hasMessage("homecoming.login.account-failures must be at least 1: 0");
            assertThatThrownBy(() -> new LoginLimits(5, -1, m, m, m, 10))
                    .hasMessage("homecoming.login.address-failures must be at least 1: -1");
            assertThatThrownBy(() -> new LoginLimits(5, 20, Duration.ZERO, m, m, 10))
                    .hasMessage("homecoming.login.window must be a positive duration: PT0S");
            assertThatThrownBy(() -> new LoginLimits(5, 20, m, null, m, 10))
                    .hasMessage("homecoming.login.first-lockout must be a positive duration: null");
            assertThatThrownBy(() -> new LoginLimits(5, 20, m, m, Duration.ofSeconds(-1), 10))
                    .hasMessage("homecoming.login.longest-lockout must be a positive duration: PT-1S");
            assertThatThrownBy(() -> new LoginLimits(5, 20, m, m, m, 0))
                    .hasMessage("homecoming.login.tracked must be at least 1: 0");
            assertThatThrownBy(() -> new LoginLimits(5, 20, m, Duration.ofMinutes(10), Duration.ofMinutes(5), 10))
                    .hasMessage("homecoming.login.longest-lockout must not be shorter than homecoming.login.first-lockout"
                            + " (PT10M): PT5M");
            assertThatThrownBy(() -> new Lockout(null, m)).hasMessage("scope must be given: null");
            assertThatThrownBy(() -> new Lockout(Lockout.Scope.ACCOUNT, Duration.ZERO))
                    .hasMessage("remaining must be a positive duration: PT0S");
        }
    }
}
