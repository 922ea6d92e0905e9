package org.homecoming.kinship.dvi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a DVI analysis reports: the pairwise LR matrix with exclusions, the undisputed
 * identifications confirmed by the joint analysis, those it did not confirm, and the joint
 * assignments with their posteriors. Every undisputed pair is in the best joint assignment and has
 * the largest marginal of its victim.
 *
 * <pre>{@code
 * DviResult r = DviAnalysis.run(problem);
 * r.pairwise().lr("V2", "M2");       // 5
 * r.joint().assignments().get(0);   // the most likely assignment
 * r.marginals().get("V1");          // {M1=0.879.., M2=0.0, M3=0.0, *=0.1206..}
 * }</pre>
 *
 * @param undisputed pairwise-undisputed matches that the joint analysis confirms
 * @param disputed pairwise-undisputed matches that the joint analysis does not confirm (not in its
 *     best assignment, or not the largest marginal of the victim); in practice only when the joint
 *     analysis uses other models than the pairwise one (a {@link MutationPolicy} other than KEEP)
 */
public record DviResult(PairwiseTable pairwise, List<Identification> undisputed, List<Identification> disputed,
        JointResult joint) {

    public DviResult {
        Objects.requireNonNull(pairwise, "pairwise");
        Objects.requireNonNull(joint, "joint");
        undisputed = List.copyOf(undisputed);
        disputed = List.copyOf(disputed);
    }

    /** Each victim's marginal posterior over the missing persons and {@code "*"}, flat prior. */
    public Map<String, Map<String, Double>> marginals() {
        return joint.marginals();
    }
}
