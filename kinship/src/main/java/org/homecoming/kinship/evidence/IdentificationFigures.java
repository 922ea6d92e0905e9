package org.homecoming.kinship.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the pairs a rule calls identifications compare with the truth of a simulated programme.
 *
 * <pre>{@code
 * IdentificationFigures f = IdentificationFigures.of(pairs, p -> p.posterior() >= 0.99, truth, indexed);
 * f.namedShare();   // share of identifiable remains correctly named
 * }</pre>
 *
 * @param identifications pairs the rule accepts
 * @param correct accepted pairs of the right missing person
 * @param wrong accepted pairs of another missing person
 * @param identifiable searched remains whose missing person has a family with a typed relative
 * @param named identifiable remains with a correct identification
 */
public record IdentificationFigures(int identifications, int correct, int wrong, int identifiable, int named) {

    /**
     * @param truth remains id → the missing person they really are (others absent)
     * @param indexed the missing persons whose families have a typed relative
     */
    public static <T extends Scored> IdentificationFigures of(List<T> pairs, Predicate<T> accept,
            Map<String, String> truth, Set<String> indexed) {
        int correct = 0;
        int wrong = 0;
        Set<String> named = new HashSet<>();
        for (T p : pairs) {
            if (accept.test(p)) {
                if (p.missing().equals(truth.get(p.remains()))) {
                    correct++;
                    if (indexed.contains(p.missing())) {
                        named.add(p.remains());
                    }
                } else {
                    wrong++;
                }
            }
        }
        int identifiable = (int) truth.values().stream().filter(indexed::contains).count();
        return new IdentificationFigures(correct + wrong, correct, wrong, identifiable, named.size());
    }

    /** Identifiable remains correctly named, as a share (0 when none is identifiable). */
    public double namedShare() {
        return identifiable == 0 ? 0 : (double) named / identifiable;
    }

    /** A remains × missing person pair as the figures see it: {@code CombinedPair} is one. */
    public interface Scored {
        String remains();

        String missing();
    }
}
