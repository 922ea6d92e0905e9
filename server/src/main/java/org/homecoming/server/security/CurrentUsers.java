package org.homecoming.server.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who the present thread works for, injected where a service or controller needs to know: the
 * signed-in user of a request, or the installation's system user inside
 * {@link LocalInstallation#asSystem}. Anywhere else asking is an error ({@link NoCurrentUserException}),
 * never a default side.
 *
 * <pre>{@code
 * CurrentUser u = currentUsers.get();
 * if (u.canSeeGenetics()) { ... }
 * }</pre>
 *
 * <p>Background work started by a request (a search, a power run) does not ask: the request passes
 * its user's name to the job, which records it as the job's requester.
 */
@Component
public class CurrentUsers {

    /** The user of the present request or background scope. */
    public CurrentUser get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a instanceof SystemAuthentication s) {
            return s.user();
        }
        if (a != null && a.getPrincipal() instanceof HomecomingPrincipal p) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            p.roleNames().forEach(r -> roles.add(Role.valueOf(r)));
            return new CurrentUser(p.getUsername(), p.side(), roles);
        }
        throw new NoCurrentUserException(a == null
                ? "no authenticated user on thread " + Thread.currentThread().getName()
                        + ": background work must run inside LocalInstallation.asSystem"
                : "the authenticated principal is no Homecoming user: " + a.getName());
    }
}
