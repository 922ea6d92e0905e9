package org.homecoming.server.security;

/**
 * What a user may do. Genetic data is for {@link #LAB_ANALYST} only, sharing across sides for
 * {@link #LIAISON}, user administration and imports for {@link #ADMIN}. In mine action,
 * {@link #MINE_ACTION_OFFICER} (national or provincial mine action centre) records hazardous areas and
 * their status, {@link #FIELD_TEAM} (survey and clearance operators) records activities, finds and
 * accidents, and only {@link #QUALITY_MANAGER} closes a QA non-conformity. In dioxin remediation,
 * {@link #REMEDIATION_OFFICER} (the project's environmental engineers) records excavation, stockpiles,
 * treatment and verification. In disability assistance, only {@link #SOCIAL_WORKER} (the provinces' social workers and
 * rehabilitation staff) sees and records the people assisted; everyone else sees statistics only.
 *
 * <pre>{@code
 * Role.parse("lab_analyst").authority(); // "ROLE_LAB_ANALYST"
 * }</pre>
 */
public enum Role {
    ADMIN, CASE_OFFICER, LAB_ANALYST, FIELD_TEAM, LIAISON, VIEWER, MINE_ACTION_OFFICER, QUALITY_MANAGER, REMEDIATION_OFFICER,
    SOCIAL_WORKER;

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
                + " LIAISON, VIEWER, MINE_ACTION_OFFICER, QUALITY_MANAGER, REMEDIATION_OFFICER, SOCIAL_WORKER: " + value);
    }
}
