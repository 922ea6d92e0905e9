package org.homecoming.kinship.lineage;

import java.util.ArrayList;
import java.util.List;

/**
 * An autosomal LR combined with lineage results, each lineage marker treated as one more
 * independent locus: total = autosomal LR × Π lineage LRs.
 *
 * <p>{@code CombinedLr.of(1e4, List.of(yMatch)).total()} is 10<sup>4</sup> × 1/upper bound.
 *
 * <p>Multiplying assumes the Y chromosome and the mitochondrial genome are inherited
 * independently of the autosomes and of each other, which holds for unlinked loci; the θ
 * correction applied to the autosomal part is not applied to the lineage part, whose frequency
 * is already a conservative upper bound. Inconclusive lineage results contribute no factor and are
 * listed in {@link #withoutLr()}; an exclusion makes the total 0.
 *
 * @param factors the lineage results that contributed a factor
 * @param withoutLr the inconclusive lineage results, which contributed none
 */
public record CombinedLr(double autosomal, List<LineageResult> factors, List<LineageResult> withoutLr,
        double total) {

    public CombinedLr {
        factors = List.copyOf(factors);
        withoutLr = List.copyOf(withoutLr);
    }

    public static CombinedLr of(double autosomalLr, List<LineageResult> lineage) {
        if (!(autosomalLr >= 0) || Double.isInfinite(autosomalLr)) {
            throw new IllegalArgumentException("autosomal LR must be finite and non-negative: " + autosomalLr);
        }
        List<LineageResult> used = new ArrayList<>();
        List<LineageResult> unused = new ArrayList<>();
        double total = autosomalLr;
        for (LineageResult r : lineage) {
            if (r.likelihoodRatio().isPresent()) {
                used.add(r);
                total *= r.likelihoodRatio().getAsDouble();
            } else {
                unused.add(r);
            }
        }
        return new CombinedLr(autosomalLr, used, unused, total);
    }

    public double log10() {
        return Math.log10(total);
    }
}
