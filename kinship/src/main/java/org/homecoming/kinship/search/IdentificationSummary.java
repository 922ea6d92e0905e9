package org.homecoming.kinship.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a search's identifications (pairs at or above the threshold) compare with the truth of a
 * simulated programme.
 *
 * <pre>{@code
 * IdentificationSummary s = IdentificationSummary.of(result, truth, searchedMissing);
 * s.falsePositiveRate();   // false identifications per unrelated pair compared
 * }</pre>
 *
 * @param identifications pairs at or above the threshold
 * @param correct identifications of the right missing person
 * @param wrong identifications of another missing person
 * @param identifiable searched remains whose missing person has a family in the index
 * @param missed identifiable remains without a correct identification
 * @param unrelatedPairs pairs compared whose remains are not that family's missing person
 */
public record IdentificationSummary(int identifications, int correct, int wrong, int identifiable, int missed,
        long unrelatedPairs) {

    /**
     * @param truth remains id → the missing person they really are, for every searched remains whose
     *     person is registered (others may be absent)
     * @param indexed the missing persons of the searched index
     */
    public static IdentificationSummary of(SearchResult result, Map<String, String> truth, Set<String> indexed) {
        int correct = 0;
        int wrong = 0;
        Set<String> found = new HashSet<>();
        for (Candidate c : result.aboveThreshold()) {
            if (c.missing().equals(truth.get(c.remains()))) {
                correct++;
                found.add(c.remains());
            } else {
                wrong++;
            }
        }
        int identifiable = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            if (indexed.contains(e.getValue())) {
                identifiable++;
            }
        }
        int missed = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            if (indexed.contains(e.getValue()) && !found.contains(e.getKey())) {
                missed++;
            }
        }
        return new IdentificationSummary(correct + wrong, correct, wrong, identifiable, missed,
                result.comparisons() - identifiable);
    }

    /** Wrong identifications per unrelated pair compared (0 when none was compared). */
    public double falsePositiveRate() {
        return unrelatedPairs == 0 ? 0 : (double) wrong / unrelatedPairs;
    }
}
