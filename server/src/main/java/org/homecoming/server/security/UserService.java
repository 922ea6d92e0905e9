package org.homecoming.server.security;

import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates users with hashed passwords (checked by {@link PasswordPolicy}) and loads them for login.
 *
 * <pre>{@code
 * users.create("lan", "a long passphrase", Side.VN, Set.of(Role.CASE_OFFICER));
 * }</pre>
 */
@Service
public class UserService implements UserDetailsService {

    private final UserRepository users;
    private final PasswordEncoder encoder;

    UserService(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Stores a new user; the password is hashed, never kept. */
    public AppUser create(String username, String password, Side side, Set<Role> roles) {
        PasswordPolicy.check(username, password);
        if (users.find(username).isPresent()) {
            throw new IllegalArgumentException("username already taken: " + username);
        }
        AppUser u = new AppUser(0, username, encoder.encode(password), side, roles, true);
        long id = users.insert(u);
        return new AppUser(id, u.username(), u.passwordHash(), side, roles, true);
    }

    /** Replaces the password of an existing user. */
    public void setPassword(String username, String password) {
        PasswordPolicy.check(username, password);
        users.updatePassword(username, encoder.encode(password));
    }

    /** Whether {@code password} is the stored password of {@code username}. */
    public boolean passwordMatches(String username, String password) {
        return users.find(username).map(u -> encoder.matches(password, u.passwordHash())).orElse(false);
    }

    public boolean exists(String username) {
        return users.find(username).isPresent();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username).map(HomecomingPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user: " + username));
    }
}
