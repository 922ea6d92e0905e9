package org.homecoming.server.identification;

import java.util.List;
import java.util.Set;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.Remains;

/** A candidate with everything the review panel shows: evidence, per-marker table, pedigree drawing. */
public record CandidateDetail(CandidateView view, Remains remains, PairReport report, String pedigreeSvg,
        List<FamilyMember> family, Set<Long> typedMembers) {
}
