package org.homecoming.server.landrelease.summary;

import java.util.Locale;

/**
 * A figure of the land-release summary, each the sum of {@link Contribution}s of one kind.
 *
 * <pre>{@code
 * Figure.parse("cleared");  // CLEARED
 * }</pre>
 */
public enum Figure {
    CANCELLED, REDUCED, CLEARED, ORDNANCE, CASUALTIES, EDUCATION, REMAINING;

    /** The figure named by a request parameter ({@code cleared}, {@code ordnance}...), whatever the case. */
    public static Figure parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("figure: missing");
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("figure: unknown \"" + name + "\"", e);
        }
    }

    /** Whether the figure is an area of land released by an activity. */
    boolean released() {
        return this == CANCELLED || this == REDUCED || this == CLEARED;
    }
}
