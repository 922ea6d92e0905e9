package org.homecoming.server.security;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user account as administrators see it: everything but the password hash.
 *
 * <pre>{@code
 * UserAccount a = repository.account("lan").orElseThrow();
 * a.roles(); // [LAB_ANALYST, VIEWER], sorted
 * }</pre>
 */
public record UserAccount(long id, String username, String fullName, Side side, List<Role> roles, boolean enabled,
        boolean mustChangePassword, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy) {

    public UserAccount {
        roles = roles.stream().sorted().distinct().toList();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this account can sign in as an administrator. */
    public boolean isActiveAdmin() {
        return enabled && has(Role.ADMIN);
    }
}
