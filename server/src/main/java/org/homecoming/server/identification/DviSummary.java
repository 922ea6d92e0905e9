package org.homecoming.server.identification;

import java.util.List;
import java.util.Map;

/**
 * What a joint DVI analysis found (docs/kinship-dvi.md): the pairwise LRs (null: sexes differ),
 * the excluded pairs with their markers, the best joint assignments with LR and posterior (flat
 * prior), the marginal posterior of each victim, and the undisputed identifications.
 */
public record DviSummary(List<String> victims, List<String> missing, Map<String, Map<String, Double>> pairwise,
        List<Exclusion> exclusions, List<Joint> joint, Map<String, Map<String, Double>> marginals,
        List<Undisputed> undisputed, String error) {

    /** A pair excluded by more incompatible markers than allowed. */
    public record Exclusion(String victim, String missing, List<String> markers) {
    }

    /** One joint assignment: victim → missing person or {@code *}. */
    public record Joint(Map<String, String> assignment, double log10Lr, double posterior) {
    }

    public record Undisputed(String victim, String missing, double lr) {
    }
}
