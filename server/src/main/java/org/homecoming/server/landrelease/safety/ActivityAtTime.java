package org.homecoming.server.landrelease.safety;

import org.homecoming.server.web.Enums;

/**
 * What the victims were doing when the device went off, as accident reports group it. Labels:
 * {@code safety.activity.X}.
 *
 * <pre>{@code
 * ActivityAtTime.parse("scrap_collecting"); // SCRAP_COLLECTING
 * }</pre>
 */
public enum ActivityAtTime {
    FARMING, SCRAP_COLLECTING, DEMINING, TRAVELLING, PLAYING, HERDING, FORAGING, CONSTRUCTION, OTHER;

    public static ActivityAtTime parse(String value) {
        return Enums.parse(ActivityAtTime.class, value, "activityAtTime");
    }
}
