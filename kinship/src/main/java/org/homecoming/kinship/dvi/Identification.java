package org.homecoming.kinship.dvi;

import java.util.Objects;

/**
 * An undisputed identification: victim and missing person whose pairwise LR reaches the threshold
 * and beats every other LR in its row and column by that factor (dvir's {@code findUndisputed}).
 *
 * <pre>{@code
 * for (Identification id : result.undisputed()) {
 *     System.out.println(id.victim() + " = " + id.missing() + " (LR " + id.lr() + ")");
 * }
 * }</pre>
 *
 * @param step 1 for matches found in the first pass; later passes see the earlier matches as
 *     references, so their LR is conditional on them
 */
public record Identification(String victim, String missing, String family, double lr, int step) {

    public Identification {
        Objects.requireNonNull(victim, "victim");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(family, "family");
    }
}
