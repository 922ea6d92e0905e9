package org.homecoming.server.registry;

import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.Side;

/**
 * Who family data is disclosed to: a side, and whether genetic data is for them at all (a
 * laboratory analyst, or the other installation's laboratory through an exchange package).
 *
 * <pre>{@code
 * Viewer.of(currentUsers.get());          // a user of a page or the API
 * new Viewer(Side.US, true, "package");   // what an exchange package to the US carries
 * }</pre>
 */
public record Viewer(Side side, boolean genetics, String name) {

    public static Viewer of(CurrentUser u) {
        return new Viewer(u.side(), u.canSeeGenetics(), u.username());
    }
}
