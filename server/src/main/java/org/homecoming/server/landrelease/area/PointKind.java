package org.homecoming.server.landrelease.area;

/**
 * The kind of an evidence point (the ordnance itself, strike marks, fragments, submunitions even if removed, a
 * container, an accident) or a usage point (the verified or intended target). Labels: {@code area.pointKind.X}.
 *
 * <pre>{@code
 * PointKind.VERIFIED_TARGET.type(); // USAGE
 * }</pre>
 */
public enum PointKind {
    ORDNANCE(PointType.EVIDENCE), STRIKE_MARK(PointType.EVIDENCE), FRAGMENTS(PointType.EVIDENCE),
    SUBMUNITION(PointType.EVIDENCE), CONTAINER(PointType.EVIDENCE), ACCIDENT(PointType.EVIDENCE),
    VERIFIED_TARGET(PointType.USAGE), INTENDED_TARGET(PointType.USAGE);

    private final PointType type;

    PointKind(PointType type) {
        this.type = type;
    }

    public PointType type() {
        return type;
    }
}
