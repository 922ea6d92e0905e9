package org.homecoming.server.landrelease.activity;

import org.homecoming.server.web.Enums;

/**
 * The kinds of hazard-reduction activity of IMAS and IMSMA, each with the one land-release product it may
 * yield: non-technical survey cancels land, technical survey reduces it, clearance and battle-area clearance
 * clear it; an EOD spot task removes items and releases no area. Labels: {@code activity.type.X}.
 *
 * <pre>{@code
 * ActivityType.TS.releases(); // ReleaseKind.REDUCED
 * }</pre>
 */
public enum ActivityType {
    NTS(ReleaseKind.CANCELLED), TS(ReleaseKind.REDUCED), CLEARANCE(ReleaseKind.CLEARED), BAC(ReleaseKind.CLEARED),
    EOD_SPOT(null);

    private final ReleaseKind releases;

    ActivityType(ReleaseKind releases) {
        this.releases = releases;
    }

    /** The product this kind of activity may yield; null for an EOD spot task. */
    public ReleaseKind releases() {
        return releases;
    }

    public static ActivityType parse(String value) {
        return Enums.parse(ActivityType.class, value, "type");
    }
}
