package org.homecoming.server.cooperation;

/**
 * IATI ActivityStatus codes 1-6.
 *
 * <pre>{@code
 * ActivityStatus.of(2); // IMPLEMENTATION
 * }</pre>
 */
public enum ActivityStatus {
    PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED, CANCELLED, SUSPENDED;

    public int code() {
        return ordinal() + 1;
    }

    public static ActivityStatus of(int code) {
        if (code < 1 || code > values().length) {
            throw new IllegalArgumentException("activity status must be an IATI code 1 to 6: " + code);
        }
        return values()[code - 1];
    }
}
