package org.homecoming.server.landrelease.activity;

import org.homecoming.server.web.Enums;

/**
 * Where an activity stands; only a completed activity has a land-release product. Labels:
 * {@code activity.status.X}.
 *
 * <pre>{@code
 * ActivityStatus.parse("ongoing"); // ONGOING
 * }</pre>
 */
public enum ActivityStatus {
    PLANNED, ONGOING, SUSPENDED, COMPLETED;

    public static ActivityStatus parse(String value) {
        return Enums.parse(ActivityStatus.class, value, "status");
    }
}
