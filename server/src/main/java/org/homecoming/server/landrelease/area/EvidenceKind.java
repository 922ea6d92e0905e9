package org.homecoming.server.landrelease.area;

import org.homecoming.server.web.Enums;

/**
 * Evidence that an area is contaminated, direct (seen or recorded at the place) or indirect (pointing at it).
 * Labels: {@code area.evidence.X}.
 *
 * <pre>{@code
 * EvidenceKind.MINE_SIGNS.direct();    // true
 * EvidenceKind.VERBAL_REPORT.direct(); // false
 * }</pre>
 */
public enum EvidenceKind {
    DETONATION(true), ACCIDENT_KNOWN_PLACE(true), RELIABLE_RECORDS(true), MINE_SIGNS(true), VISUAL(true),
    OLD_SURVEY(false), FORMER_COMBAT_ZONE(false), ACCIDENT_UNKNOWN_PLACE(false), LOW_RELIABILITY_RECORDS(false),
    UNUSED_LAND(false), VERBAL_REPORT(false);

    private final boolean direct;

    EvidenceKind(boolean direct) {
        this.direct = direct;
    }

    public boolean direct() {
        return direct;
    }

    public static EvidenceKind parse(String value, String field) {
        return Enums.parse(EvidenceKind.class, value, field);
    }
}
