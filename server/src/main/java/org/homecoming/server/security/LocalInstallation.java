package org.homecoming.server.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * This installation: the side it serves ({@code homecoming.side}) and its system user, as whom work
 * that no request started runs: imports at startup, the demo loader, the automatic search and power
 * scans.
 *
 * <pre>{@code
 * installation.asSystem(() -> imports.commit(dir)); // audited as "system" of the configured side
 * }</pre>
 *
 * <p>Background work runs inside {@link #asSystem} rather than passing the user down: the services
 * it calls are the ones requests call, and they ask {@link CurrentUsers} whoever calls them. The
 * scope is the present thread's, and the thread's earlier security context comes back afterwards,
 * so a pooled thread carries nothing to its next task.
 */
@Component
public class LocalInstallation {

    private final Side side;

    LocalInstallation(@Value("${homecoming.side}") String side) {
        this.side = Side.parse(side);
    }

    public Side side() {
        return side;
    }

    /** The server itself acting on this installation's side. */
    public CurrentUser systemUser() {
        return CurrentUser.system(side);
    }

    /** Runs {@code work} on this thread as {@link #systemUser()} and returns its result. */
    public <T> T asSystem(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext scope = SecurityContextHolder.createEmptyContext();
        scope.setAuthentication(new SystemAuthentication(systemUser()));
        SecurityContextHolder.setContext(scope);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Runs {@code work} on this thread as {@link #systemUser()}. */
    public void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}
