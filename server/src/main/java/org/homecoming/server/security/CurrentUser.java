package org.homecoming.server.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: name, side and roles. {@link CurrentUsers} gives the present one; the server
 * itself is {@link #system} of the installation's side ({@link LocalInstallation#systemUser()}).
 *
 * <pre>{@code
 * CurrentUser u = currentUsers.get();
 * if (u.canSeeGenetics()) { ... }
 * }</pre>
 */
public record CurrentUser(String username, Side side, Set<Role> roles) {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The server itself acting on the given side. */
    public static CurrentUser system(Side side) {
        return new CurrentUser("system", side, Set.of());
    }

    /**
     * The installation itself (background work, demonstration loads), not a person: every check that lets the
     * installation through asks this, never the name alone (a person's account always has a role).
     */
    public boolean isSystem() {
        return "system".equals(username) && roles.isEmpty();
    }

    public boolean has(Role r) {
        return roles.contains(r);
    }

    /** Only laboratory analysts see genotypes and haplotypes. */
    public boolean canSeeGenetics() {
        return has(Role.LAB_ANALYST);
    }
}
