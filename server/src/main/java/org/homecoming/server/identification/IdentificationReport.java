package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.Remains;
import org.homecoming.server.registry.Site;

/**
 * Everything an identification report states: the case (person, remains, site), the references,
 * the per-marker table, LRs, prior and posterior, the assumptions of the computation and the two
 * analysts.
 */
public record IdentificationReport(Decision decision, MissingPerson person, Remains remains, Site site,
        List<FamilyMember> references, PairReport evidence, SearchJob job, String frequencyName, String frequencySha256,
        double dropout, OffsetDateTime generatedAt) {
}
