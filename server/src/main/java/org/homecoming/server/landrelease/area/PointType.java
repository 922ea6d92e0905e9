package org.homecoming.server.landrelease.area;

/**
 * What a point of a cluster-munition or scattered-UXO area records: evidence found there, or where the munitions
 * were used (the target). Labels: {@code area.pointType.X}.
 *
 * <pre>{@code
 * PointType.EVIDENCE.allows(PointKind.SUBMUNITION); // true
 * }</pre>
 */
public enum PointType {
    EVIDENCE, USAGE;

    /** Whether {@code kind} is one this type records. */
    public boolean allows(PointKind kind) {
        return kind.type() == this;
    }
}
