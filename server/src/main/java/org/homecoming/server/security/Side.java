package org.homecoming.server.security;

/**
 * The two sides of the programme; every user and every missing person belongs to one.
 *
 * <pre>{@code
 * Side s = Side.parse("vn"); // VN
 * }</pre>
 */
public enum Side {
    VN, US;

    /** The side named {@code value}, case-insensitive. */
    public static Side parse(String value) {
        if (value != null) {
            for (Side s : values()) {
                if (s.name().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("side must be VN or US: " + value);
    }

    /** The side that is not this one. */
    public Side other() {
        return this == VN ? US : VN;
    }
}
