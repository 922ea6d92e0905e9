package org.homecoming.server.landrelease.activity;

/**
 * How land is released (IMAS 07.11): cancelled by non-technical survey, reduced by technical survey, cleared
 * by clearance. The three are reported apart and never added into one figure without saying so.
 * Labels: {@code activity.release.X}.
 *
 * <pre>{@code
 * ReleaseKind.CLEARED.name(); // "CLEARED"
 * }</pre>
 */
public enum ReleaseKind {
    CANCELLED, REDUCED, CLEARED
}
