package org.homecoming.server.identification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import org.homecoming.server.registry.PedigreeDrawing;
import org.homecoming.server.registry.Relative;
import org.homecoming.server.registry.Remains;

/** A candidate with everything the review panel shows: evidence, per-marker table, pedigree drawing (the family as the analyst's side may see it). */
public record CandidateDetail(CandidateView view, Remains remains, PairReport report, @JsonIgnore PedigreeDrawing pedigree,
        List<Relative> family, Set<Long> typedMembers) {

    /** The pedigree as an SVG document, for API clients (the page draws {@link #pedigree()} through its template). */
    @JsonProperty("pedigreeSvg")
    public String pedigreeSvg() {
        return pedigree.toSvg();
    }
}
