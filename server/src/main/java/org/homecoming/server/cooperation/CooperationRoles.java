package org.homecoming.server.cooperation;

import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who records cooperation: the liaison offices (and administrators, and the installation itself for demonstration
 * loads). Everyone signed in reads it — it is the joint programme's own record.
 *
 * <pre>{@code
 * CurrentUser u = roles.recorder();
 * }</pre>
 */
@Component
class CooperationRoles {

    private final CurrentUsers users;

    CooperationRoles(CurrentUsers users) {
        this.users = users;
    }

    CurrentUser recorder() {
        CurrentUser u = users.get();
        if (!u.isSystem() && !u.has(Role.LIAISON) && !u.has(Role.ADMIN)) {
            throw new AccessDeniedException("commitments, meetings, indicators and activities are recorded by the liaison"
                    + " offices");
        }
        return u;
    }

    boolean mayRecord() {
        CurrentUser u = users.get();
        return u.isSystem() || u.has(Role.LIAISON) || u.has(Role.ADMIN);
    }
}
