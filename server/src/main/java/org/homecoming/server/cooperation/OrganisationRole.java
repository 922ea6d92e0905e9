package org.homecoming.server.cooperation;

/**
 * IATI OrganisationRole codes: 1 funding, 2 accountable, 3 extending, 4 implementing.
 *
 * <pre>{@code
 * OrganisationRole.of(4); // IMPLEMENTING
 * }</pre>
 */
public enum OrganisationRole {
    FUNDING, ACCOUNTABLE, EXTENDING, IMPLEMENTING;

    public int code() {
        return ordinal() + 1;
    }

    public static OrganisationRole of(int code) {
        if (code < 1 || code > values().length) {
            throw new IllegalArgumentException("organisation role must be an IATI code 1 to 4: " + code);
        }
        return values()[code - 1];
    }
}
