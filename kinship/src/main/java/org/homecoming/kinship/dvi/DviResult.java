package org.homecoming.kinship.dvi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a DVI analysis reports: the pairwise LR matrix with exclusions, the undisputed
 * identifications, and the joint assignments with their posteriors.
 *
 * <pre>{@code
 * DviResult r = DviAnalysis.run(problem);
 * r.pairwise().lr("V2", "M2");       // 5
 * r.joint().assignments().get(0);   // the most likely assignment
 * r.marginals().get("V1");          // {M1=0.879.., M2=0.0, M3=0.0, *=0.1206..}
 * }</pre>
 */
public record DviResult(PairwiseTable pairwise, List<Identification> undisputed, JointResult joint) {

    public DviResult {
        Objects.requireNonNull(pairwise, "pairwise");
        Objects.requireNonNull(joint, "joint");
        undisputed = List.copyOf(undisputed);
    }

    /** Each victim's marginal posterior over the missing persons and {@code "*"}, flat prior. */
    public Map<String, Map<String, Double>> marginals() {
        return joint.marginals();
    }
}
