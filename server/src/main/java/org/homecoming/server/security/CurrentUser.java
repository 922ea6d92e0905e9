package org.homecoming.server.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: name, side and roles, taken from the security context.
 *
 * <pre>{@code
 * CurrentUser u = CurrentUser.get();
 * if (u.canSeeGenetics()) { ... }
 * }</pre>
 *
 * <p>Without an authenticated {@link HomecomingPrincipal} the user is "system" of the configured
 * side with no role; background work (imports at startup, the demo loader) runs as that.
 */
public record CurrentUser(String username, Side side, Set<Role> roles) {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The user of the current request. */
    public static CurrentUser get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof HomecomingPrincipal p) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            p.roleNames().forEach(r -> roles.add(Role.valueOf(r)));
            return new CurrentUser(p.getUsername(), p.side(), roles);
        }
        return system(Side.VN);
    }

    /** The server itself acting on the given side. */
    public static CurrentUser system(Side side) {
        return new CurrentUser("system", side, Set.of());
    }

    public boolean has(Role r) {
        return roles.contains(r);
    }

    /** Only laboratory analysts see genotypes and haplotypes. */
    public boolean canSeeGenetics() {
        return has(Role.LAB_ANALYST);
    }
}
