package org.homecoming.server.landrelease.safety;

import org.homecoming.server.web.Enums;

/**
 * How an explosive-ordnance risk-education session reached people. Labels: {@code safety.method.X}.
 *
 * <pre>{@code
 * EducationMethod.parse("school"); // SCHOOL
 * }</pre>
 */
public enum EducationMethod {
    GROUP_SESSION, HOUSEHOLD_VISIT, SCHOOL, MEDIA, COMMUNITY_FOCAL_POINT;

    public static EducationMethod parse(String value) {
        return Enums.parse(EducationMethod.class, value, "method");
    }
}
