package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A closed incident analysed as one joint DVI case: a site, the missing persons believed to lie
 * there, and the analysis (JSON of {@link DviSummary}) once computed, with its frequency table and
 * mutation model.
 */
public record DviIncident(long id, long siteId, String name, List<Long> personIds, String createdBy,
        OffsetDateTime createdAt, Long frequencyDbId, String mutationModel, DviSummary result) {
}
