package org.homecoming.kinship.search;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.homecoming.kinship.lineage.LineageResult;

/**
 * One reported pair of a database search: remains against the missing person of a family.
 *
 * <pre>{@code
 * Candidate c = result.forRemains("R-1").get(0);  // c.lr() == P(data | R-1 is MP) / P(data | unrelated)
 * }</pre>
 *
 * @param lr the autosomal likelihood ratio (may underflow to 0 or overflow to +∞ where {@code
 *     log10Lr} is finite)
 * @param log10Lr its base-10 logarithm, summed marker by marker
 * @param loci markers where the remains and at least one reference of the family are typed
 * @param excluded compared markers where the remains could not be the missing person without a
 *     mutation (Mendelian inconsistencies)
 * @param lineage Y-STR and mtDNA comparisons with the family's paternal- and maternal-line
 *     references, when lineage data were given (empty otherwise)
 */
public record Candidate(String remains, String family, String missing, double lr, double log10Lr, int loci,
        int excluded, List<LineageResult> lineage) implements Serializable {

    /** Highest LR first; ties by remains, then missing person id, so that every order is reproducible. */
    public static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::log10Lr).reversed()
            .thenComparing(Candidate::remains).thenComparing(Candidate::missing);

    public Candidate {
        Objects.requireNonNull(remains, "remains");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(missing, "missing");
        lineage = List.copyOf(lineage);
    }

    /** This candidate with lineage comparisons attached. */
    public Candidate withLineage(List<LineageResult> results) {
        return new Candidate(remains, family, missing, lr, log10Lr, loci, excluded, results);
    }
}
