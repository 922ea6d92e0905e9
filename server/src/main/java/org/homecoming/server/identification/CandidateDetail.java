package org.homecoming.server.identification;

import java.util.List;
import java.util.Set;
import org.homecoming.server.registry.Relative;
import org.homecoming.server.registry.Remains;

/** A candidate with everything the review panel shows: evidence, per-marker table, pedigree drawing (the family as the analyst's side may see it). */
public record CandidateDetail(CandidateView view, Remains remains, PairReport report, String pedigreeSvg,
        List<Relative> family, Set<Long> typedMembers) {
}
