package org.homecoming.server.landrelease.safety;

import java.util.List;

/**
 * The body of {@code POST /api/v1/qa-visits}.
 *
 * <pre>{@code
 * {"visitType":"QA","visitedOn":"2026-04-02","inspectedOrganisation":"Team 2","inspectingOrganisation":"VNMAC QM",
 *  "nonconformities":[{"severity":"MAJOR","description":"detector not tested at the start of the day"}]}
 * }</pre>
 */
public record QaVisitRequest(String visitType, String visitedOn, String inspectedOrganisation,
        String inspectingOrganisation, Long activityId, String findings, List<NonconformityRequest> nonconformities) {

    public record NonconformityRequest(String severity, String description) {
    }
}
