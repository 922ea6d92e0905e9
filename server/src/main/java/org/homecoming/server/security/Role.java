package org.homecoming.server.security;

/**
 * What a user may do. Genetic data is for {@link #LAB_ANALYST} only, sharing across sides for
 * {@link #LIAISON}, user administration and imports for {@link #ADMIN}.
 *
 * <pre>{@code
 * Role.parse("lab_analyst").authority(); // "ROLE_LAB_ANALYST"
 * }</pre>
 */
public enum Role {
    ADMIN, CASE_OFFICER, LAB_ANALYST, FIELD_TEAM, LIAISON, VIEWER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named {@code value}, case-insensitive. */
    public static Role parse(String value) {
        if (value != null) {
            for (Role r : values()) {
                if (r.name().equalsIgnoreCase(value.strip())) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("role must be one of ADMIN, CASE_OFFICER, LAB_ANALYST, FIELD_TEAM,"
                + " LIAISON, VIEWER: " + value);
    }
}
