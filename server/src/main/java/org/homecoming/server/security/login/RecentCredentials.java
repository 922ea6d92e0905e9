package org.homecoming.server.security.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Remembers, for a short time, that a user name and password were checked, so a stateless API client
 * that sends HTTP Basic with every request pays for bcrypt once, not on every call (a check costs
 * about 60 ms of CPU on the programme's two-core machine, more than the request itself).
 *
 * <pre>{@code
 * AuthenticationManager basic = new RecentCredentials(passwords, users, Duration.ofMinutes(5), clock);
 * }</pre>
 *
 * <p>What is kept is an HMAC of name and password under a key drawn at start-up (never the password,
 * and useless outside this process), with the stored password hash the check was made against. A hit
 * still reads the account: it counts only while that stored hash is unchanged and the account is
 * enabled and unlocked, so a password change, reset or disabling takes effect at once. Wrong
 * passwords are never remembered. The map is bounded: when full it is emptied, which costs only
 * fresh checks.
 */
public final class RecentCredentials implements AuthenticationManager {

    private record Checked(String storedHash, Instant until) {
    }

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationManager passwords;
    private final UserDetailsService users;
    private final Duration lifetime;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Checked> checked = new ConcurrentHashMap<>();

    public RecentCredentials(AuthenticationManager passwords, UserDetailsService users, Duration lifetime, Clock clock) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("the lifetime of a remembered sign-in must be positive: " + lifetime);
        }
        this.passwords = passwords;
        this.users = users;
        this.lifetime = lifetime;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt.getCredentials() instanceof String password) || attempt.getName() == null) {
            return passwords.authenticate(attempt);
        }
        String fingerprint = fingerprint(attempt.getName(), password);
        Checked c = checked.get(fingerprint);
        if (c != null && clock.instant().isBefore(c.until())) {
            UserDetails account = account(attempt.getName());
            if (account != null && account.isEnabled() && account.isAccountNonLocked() && account.isAccountNonExpired()
                    && account.isCredentialsNonExpired() && c.storedHash().equals(account.getPassword())) {
                UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(account, null,
                        account.getAuthorities());
                done.setDetails(attempt.getDetails());
                done.eraseCredentials();
                return done;
            }
            checked.remove(fingerprint);
        }
        Authentication done = passwords.authenticate(attempt);
        UserDetails account = account(attempt.getName());
        if (account != null && account.getPassword() != null) {
            if (checked.size() >= MAX_ENTRIES) {
                checked.clear();
            }
            checked.put(fingerprint, new Checked(account.getPassword(), clock.instant().plus(lifetime)));
        }
        return done;
    }

    private UserDetails account(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
