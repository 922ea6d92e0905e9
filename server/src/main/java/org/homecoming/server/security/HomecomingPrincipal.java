package org.homecoming.server.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in user as Spring Security holds it: a {@link User} that also knows its side.
 *
 * <pre>{@code
 * HomecomingPrincipal p = HomecomingPrincipal.of(appUser);
 * p.side(); // VN
 * }</pre>
 */
public final class HomecomingPrincipal extends User {

    private final Side side;

    private HomecomingPrincipal(AppUser u) {
        super(u.username(), u.passwordHash(), u.enabled(), true, true, true,
                u.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.side = u.side();
    }

    /** The principal of a stored user. */
    public static HomecomingPrincipal of(AppUser u) {
        return new HomecomingPrincipal(u);
    }

    /** A principal for tests and tools, with a throw-away password hash. */
    public static HomecomingPrincipal of(String username, Side side, Role... roles) {
        return new HomecomingPrincipal(new AppUser(0, username, "{noop}-", side, java.util.Set.of(roles), true));
    }

    public Side side() {
        return side;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HomecomingPrincipal p && super.equals(p) && p.side == side;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + side.hashCode();
    }

    List<String> roleNames() {
        return getAuthorities().stream().map(a -> a.getAuthority().substring(5)).toList();
    }
}
