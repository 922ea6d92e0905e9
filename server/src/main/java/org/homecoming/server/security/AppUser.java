package org.homecoming.server.security;

import java.util.Set;

/**
 * A stored user account: name, password hash, side and roles.
 *
 * <pre>{@code
 * new AppUser(0, "lan", "{bcrypt}...", Side.VN, Set.of(Role.CASE_OFFICER), true);
 * }</pre>
 */
public record AppUser(long id, String username, String passwordHash, Side side, Set<Role> roles, boolean enabled) {

    public AppUser {
        if (username == null || !username.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("username must match [A-Za-z0-9._-]{1,64}: " + username);
        }
        if (side == null) {
            throw new IllegalArgumentException("side must be given: null");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must not be empty: " + username);
        }
    }
}
