package org.homecoming.server.search;

import java.util.List;

/**
 * Another indexed person that may be the same as the one examined, with why it was suggested.
 *
 * <pre>{@code
 * for (DuplicateCandidate c : duplicates.find(doc)) { print(c.id() + " " + c.reasons()); }
 * }</pre>
 *
 * <p>Reasons are short codes, see {@link DuplicateCandidates}: {@code SAME_NAME}, {@code NAME_ONE_EDIT},
 * {@code SAME_BIRTH_YEAR}, {@code CLOSE_BIRTH_YEAR}, {@code SAME_PROVINCE}, {@code SAME_UNIT}.
 */
public record DuplicateCandidate(long id, double score, List<String> reasons) {

    public DuplicateCandidate {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
