package org.homecoming.server.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The authentication that {@link LocalInstallation#asSystem} puts on a background thread: it
 * carries the installation's system user and grants no role.
 *
 * <pre>{@code
 * new SystemAuthentication(CurrentUser.system(Side.US)).user().side(); // US
 * }</pre>
 */
final class SystemAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;

    SystemAuthentication(CurrentUser user) {
        super(List.of());
        this.user = user;
        setAuthenticated(true);
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
