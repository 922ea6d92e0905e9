package org.homecoming.server.archive;

import java.util.List;

/**
 * A missing person a page may concern, with why: the name read in the passage, and the unit, place
 * and years of the person that the page also mentions.
 *
 * <pre>{@code
 * Lead l = leads.get(0);
 * l.reasons(); // [NAME, UNIT, LOSS_YEAR]
 * }</pre>
 *
 * <p>{@code status} is PROPOSED until an officer CONFIRMS or REJECTS it.
 */
public record Lead(long id, long documentId, int pageNo, long personId, String personName, String passage,
        double score, List<String> reasons, String status) {

    public Lead {
        reasons = List.copyOf(reasons);
    }
}
