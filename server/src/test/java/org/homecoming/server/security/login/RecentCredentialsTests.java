package org.homecoming.server.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.homecoming.server.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentCredentialsTests {

    /** Stored "hashes" are the password reversed, so a test can see which password a hash is for. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return new StringBuilder(raw).reverse().toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encode(raw).equals(encoded);
        }
    }

    private final Map<String, UserDetails> accounts = new HashMap<>();
    private final UserDetailsService users = name -> {
        UserDetails u = accounts.get(name);
        if (u == null) {
            throw new UsernameNotFoundException(name);
        }
        return User.withUserDetails(u).build();
    };
    private final CountingEncoder encoder = new CountingEncoder();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final RecentCredentials basic = new RecentCredentials(passwords(), users, Duration.ofMinutes(5), clock);

    private AuthenticationManager passwords() {
        DaoAuthenticationProvider p = new DaoAuthenticationProvider(users);
        p.setPasswordEncoder(encoder);
        return new ProviderManager(p);
    }

    private void account(String name, String password, boolean enabled) {
        accounts.put(name, User.withUsername(name).password(encoder.encode(password)).roles("CASE_OFFICER")
                .disabled(!enabled).build());
    }

    private Authentication signIn(String name, String password) {
        return basic.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    @Test
    void aRepeatedCorrectPasswordIsCheckedOnceAndStillGivesTheUsersRoles() {
        account("lab", "a long enough secret", true);
        Authentication first = signIn("lab", "a long enough secret");
        Authentication second = signIn("lab", "a long enough secret");
        assertThat(encoder.checks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("lab");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second.getCredentials()).isNull();
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        account("lab", "a long enough secret", true);
        signIn("lab", "a long enough secret");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("lab", "a long enough secreT")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.checks).hasValue(4);
    }

    @Test
    void aChangedPasswordEndsTheRememberedSignInAtOnce() {
        account("lab", "the old long secret", true);
        signIn("lab", "the old long secret");
        account("lab", "the new long secret", true);
        assertThatThrownBy(() -> signIn("lab", "the old long secret")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("lab", "the new long secret").isAuthenticated()).isTrue();
    }

    @Test
    void aDisabledAccountIsRefusedAlthoughItsPasswordWasRemembered() {
        account("lab", "a long enough secret", true);
        signIn("lab", "a long enough secret");
        account("lab", "a long enough secret", false);
        assertThatThrownBy(() -> signIn("lab", "a long enough secret"))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    @Test
    void aRememberedSignInExpiresAfterItsLifetime() {
        account("lab", "a long enough secret", true);
        signIn("lab", "a long enough secret");
        clock.advance(Duration.ofMinutes(4));
        signIn("lab", "a long enough secret");
        assertThat(encoder.checks).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        signIn("lab", "a long enough secret");
        assertThat(encoder.checks).hasValue(2);
    }

    @Test
    void anotherUsersNameWithTheSamePasswordIsCheckedAfresh() {
        account("lab", "a shared long secret", true);
        account("lab2", "a shared long secret", true);
        signIn("lab", "a shared long secret");
        assertThat(signIn("lab2", "a shared long secret").getName()).isEqualTo("lab2");
        assertThat(encoder.checks).hasValue(2);
    }

    @Test
    void aLifetimeThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new RecentCredentials(passwords(), users, Duration.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the lifetime of a remembered sign-in must be positive: PT0S");
    }
}
