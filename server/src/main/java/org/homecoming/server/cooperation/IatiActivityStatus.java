package org.homecoming.server.cooperation;

/**
 * IATI IatiActivityStatus codes 1-6.
 *
 * <pre>{@code
 * IatiActivityStatus.of(2); // IMPLEMENTATION
 * }</pre>
 */
public enum IatiActivityStatus {
    PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED, CANCELLED, SUSPENDED;

    public int code() {
        return ordinal() + 1;
    }

    public static IatiActivityStatus of(int code) {
        if (code < 1 || code > values().length) {
            throw new IllegalArgumentException("activity status must be an IATI code 1 to 6: " + code);
        }
        return values()[code - 1];
    }
}
