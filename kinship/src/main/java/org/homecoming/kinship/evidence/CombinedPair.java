package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pair's combined LR under a set of evidence and its exclusivity posterior.
 *
 * <pre>{@code
 * List<CombinedPair> all = CombinedPair.score(evidence, EvidenceSet.ALL, prior, ExclusivePosterior.Settings.defaults());
 * all.get(0).log10Lr();   all.get(0).posterior().posterior();
 * }</pre>
 *
 * @param lnLr ln of the combined LR of {@code set}
 */
public record CombinedPair(PairEvidence evidence, EvidenceSet set, double lnLr, PairPosterior posterior)
        implements IdentificationFigures.Scored {

    /** Every pair's combined LR under {@code set} and the posterior computed on it, in the order given. */
    public static List<CombinedPair> score(List<PairEvidence> pairs, EvidenceSet set, MatchingPrior prior,
            ExclusivePosterior.Settings settings) {
        return score(pairs, set, prior, settings, Map.of());
    }

    /**
     * The same, each remains possibly being someone of the registry outside {@code pairs}: {@code
     * unlisted} gives, per remains, the summed LRs of those persons ({@link ExclusivePosterior}).
     */
    public static List<CombinedPair> score(List<PairEvidence> pairs, EvidenceSet set, MatchingPrior prior,
            ExclusivePosterior.Settings settings, Map<String, Unlisted> unlisted) {
        List<PairLr> lrs = pairs.stream().map(p -> new PairLr(p.remains(), p.missing(), p.lnLr(set))).toList();
        Map<String, Double> ln = new HashMap<>();
        unlisted.forEach((r, u) -> ln.put(r, u.lnLr(set)));
        List<PairPosterior> post = ExclusivePosterior.of(lrs, prior, settings, ln);
        List<CombinedPair> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            out.add(new CombinedPair(pairs.get(i), set, lrs.get(i).lnLr(), post.get(i)));
        }
        return out;
    }

    @Override
    public String remains() {
        return evidence.remains();
    }

    @Override
    public String missing() {
        return evidence.missing();
    }

    public double log10Lr() {
        return lnLr / Math.log(10);
    }
}
