package org.homecoming.server.landrelease.mission;

/**
 * The body of {@code POST /api/v1/recovery-missions}: the site by reference, the phase, the team, whether it is a
 * joint VN-US team, the start, and the hazardous area whose clearance precedes the excavation.
 *
 * <pre>{@code
 * {"site":"S-QT-12","type":"EXCAVATION","team":"JFA 2026-3","joint":true,"startDate":"2026-03-02","hazardAreaId":7}
 * }</pre>
 */
public record MissionRequest(String site, String type, String team, Boolean joint, String startDate,
        Long hazardAreaId) {
}
