package org.homecoming.kinship.search;

import java.util.Objects;

/**
 * Two remains placed together on two missing persons of one family, both ways round: the better
 * assignment first, its LR and the swapped one's, both against "neither remains is of the family".
 *
 * <pre>{@code
 * PlacementComparison c = joint.compare(family, r1, "MP-1", r2, "MP-2");
 * c.log10Lr() - c.log10LrSwapped();   // log10 of how much better "R-1 is MP-1, R-2 is MP-2" fits
 * }</pre>
 *
 * <p>{@code log10Lr >= log10LrSwapped} unless both are NaN (references impossible without mutation
 * where the model has none). −∞ means the assignment is impossible (an exclusion).
 *
 * @param remainsA placed on {@code missingA} in the better assignment, on {@code missingB} in the swap
 * @param log10Lr log10 LR of the better assignment
 * @param log10LrSwapped log10 LR of the swapped assignment
 */
public record PlacementComparison(String family, String remainsA, String missingA, String remainsB, String missingB,
        double log10Lr, double log10LrSwapped, Verdict verdict) {

    /** What the two assignments say about which remains is which missing person. */
    public enum Verdict {
        /** The better assignment is at least the threshold ratio times the swapped one (or the swap is impossible). */
        TOLD_APART,
        /** Both assignments fit within the threshold ratio: the data cannot say which remains is which person. */
        INDISTINGUISHABLE,
        /** Both assignments are impossible under the model. */
        NEITHER_FITS
    }

    public PlacementComparison {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(remainsA, "remainsA");
        Objects.requireNonNull(missingA, "missingA");
        Objects.requireNonNull(remainsB, "remainsB");
        Objects.requireNonNull(missingB, "missingB");
        Objects.requireNonNull(verdict, "verdict");
    }
}
