package org.homecoming.kinship.evidence;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.homecoming.kinship.lineage.LineageResult;
import org.homecoming.kinship.search.Candidate;

/**
 * All the evidence on one remains × missing person pair, each kind kept apart: autosomal DNA,
 * lineage markers (Y-STR, mtDNA) and the non-DNA context.
 *
 * <pre>{@code
 * PairEvidence e = PairEvidence.of(candidate, context.factors(candidate.remains(), candidate.missing()));
 * e.lnLr(EvidenceSet.ALL);
 * }</pre>
 *
 * @param lnAutosomal ln of the autosomal LR (finite even where the LR itself under- or overflows)
 * @param lnLineage ln of the product of the lineage LRs; empty when no lineage comparison carried
 *     an LR (no haplotype on a side, or inconclusive); {@code -Infinity} for an exclusion
 * @param context the non-DNA factors
 */
public record PairEvidence(String remains, String family, String missing, double lnAutosomal, OptionalDouble lnLineage,
        ContextFactors context) {

    public PairEvidence {
        Objects.requireNonNull(remains, "remains");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(lnLineage, "lnLineage");
        Objects.requireNonNull(context, "context");
    }

    /** A reported search candidate (with its lineage results attached) and the pair's context. */
    public static PairEvidence of(Candidate c, ContextFactors context) {
        return new PairEvidence(c.remains(), c.family(), c.missing(), c.log10Lr() * Math.log(10), lineage(c.lineage()),
                context);
    }

    private static OptionalDouble lineage(List<LineageResult> results) {
        double ln = 0;
        boolean any = false;
        for (LineageResult r : results) {
            OptionalDouble lr = r.likelihoodRatio();
            if (lr.isPresent()) {
                any = true;
                ln += Math.log(lr.getAsDouble());
            }
        }
        return any ? OptionalDouble.of(ln) : OptionalDouble.empty();
    }

    /** ln of the combined LR of the kinds of evidence in {@code set}, taken as independent. */
    public double lnLr(EvidenceSet set) {
        double ln = lnAutosomal;
        if (set.lineage()) {
            ln += lnLineage.orElse(0);
        }
        if (set.context()) {
            ln += context.lnLr();
        }
        return ln;
    }
}
