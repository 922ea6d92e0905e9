package org.homecoming.server.landrelease.mission;

import org.homecoming.server.web.Enums;

/**
 * The two field phases of recovery: investigation (interviews, survey of the place) and excavation. The clearance of
 * ordnance ahead of an excavation is recorded as an activity on the site's hazardous area. Labels:
 * {@code mission.type.X}.
 *
 * <pre>{@code
 * MissionType.parse("excavation"); // EXCAVATION
 * }</pre>
 */
public enum MissionType {
    INVESTIGATION, EXCAVATION;

    public static MissionType parse(String value) {
        return Enums.parse(MissionType.class, value, "type");
    }
}
