package org.homecoming.server.landrelease.mission;

import java.time.LocalDate;
import java.util.List;
import org.homecoming.server.security.Side;

/**
 * A recovery mission on a site, with its excavation grid and what it found.
 *
 * <pre>{@code
 * mission.excavatedOn(); // null until the site is marked excavated, which needs its area cleared
 * }</pre>
 */
public record RecoveryMission(long id, String ref, long siteId, String siteRef, String siteName, double siteLat,
        double siteLon, MissionType type, String team, boolean joint, LocalDate startDate, LocalDate endDate,
        String status, Long hazardAreaId, String hazardAreaRef, String hazardAreaStatus, LocalDate excavatedOn,
        Side side, boolean shared, List<Unit> units, List<Find> finds) {

    /** One unit of the excavation grid and the depth it reached. */
    public record Unit(String label, double sizeM, int depthReachedCm, boolean finished) {
    }

    /** One thing found, with the reference of the record that holds it. */
    public record Find(long id, String unit, FindKind kind, Long recordId, String recordRef, String note) {
    }
}
