package org.homecoming.server.landrelease.activity;

import org.homecoming.server.web.Enums;

/**
 * What was done with an item: destroyed where found, moved and destroyed elsewhere, handed over (to the
 * police or army), or not yet disposed of. The find keeps where it was found, never where it was destroyed.
 * Labels: {@code find.disposal.X}.
 *
 * <pre>{@code
 * Disposal.MOVED_AND_DESTROYED.destroyed(); // true
 * }</pre>
 */
public enum Disposal {
    DESTROYED_IN_SITU, MOVED_AND_DESTROYED, HANDED_OVER, PENDING;

    /** Whether the item no longer exists; the national figure "ordnance destroyed" counts these. */
    public boolean destroyed() {
        return this == DESTROYED_IN_SITU || this == MOVED_AND_DESTROYED;
    }

    public static Disposal parse(String value) {
        return Enums.parse(Disposal.class, value, "disposal");
    }
}
