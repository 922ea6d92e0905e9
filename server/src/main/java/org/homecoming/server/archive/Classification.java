package org.homecoming.server.archive;

import java.util.Locale;

/**
 * How closely a document or artifact is held. {@code OPEN} and {@code RESTRICTED} records are seen by
 * every user of their side, {@code CONFIDENTIAL} ones only by case officers, liaisons and
 * administrators; the other side sees a record only once it is shared, and a confidential one cannot
 * be shared until it is reclassified.
 *
 * <pre>{@code
 * Classification.parse("restricted"); // RESTRICTED
 * }</pre>
 */
public enum Classification {
    OPEN, RESTRICTED, CONFIDENTIAL;

    public static Classification parse(String value) {
        for (Classification c : values()) {
            if (value != null && c.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("classification must be OPEN, RESTRICTED or CONFIDENTIAL: " + value);
    }
}
