package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a disaster-victim identification analysis as the R package dvir defines it: the pairwise LR
 * matrix ({@code pairwiseLR}), exclusions ({@code findExcluded}), undisputed matches
 * ({@code findUndisputed}) and the joint assignments with posteriors ({@code jointDVI},
 * {@code Bmarginal}).
 *
 * <pre>{@code
 * DviResult r = DviAnalysis.run(problem);
 * PairwiseTable lrs = DviAnalysis.pairwise(problem);   // only the matrix
 * }</pre>
 *
 * <p>The pairwise matrix and the undisputed list use the loci's mutation models as given; the joint
 * analysis first applies {@link DviOptions#mutations()} (by default, families consistent without
 * mutation lose it), then fixes undisputed matches, then enumerates the rest. A problem whose
 * references are impossible in some family, or with more candidate assignments than
 * {@link DviOptions#maxAssignments()}, is refused with an {@link IllegalArgumentException}.
 */
public final class DviAnalysis {

    private DviAnalysis() {
    }

    /** Pairwise matrix, undisputed identifications and joint analysis. */
    public static DviResult run(DviProblem problem) {
        DviState raw = rawState(problem);
        PairwiseTable table = PairwiseCalculator.table(raw, problem.options().maxIncompatible());
        DviState search = searchState(problem, raw, table);
        UndisputedSearch.Outcome undisputed = UndisputedSearch.run(search, problem.options());
        DviState adjusted = adjusted(problem, search);
        UndisputedSearch.Outcome forJoint = adjusted.families.equals(search.families)
                ? undisputed : UndisputedSearch.run(adjusted, problem.options());
        JointResult joint = JointCalculator.run(problem, adjusted, forJoint);
        return new DviResult(table, undisputed.found(), joint);
    }

    /** The pairwise LR matrix with incompatible markers and exclusions. */
    public static PairwiseTable pairwise(DviProblem problem) {
        return PairwiseCalculator.table(rawState(problem), problem.options().maxIncompatible());
    }

    /** The undisputed identifications at the options' threshold, mutation models as given. */
    public static List<Identification> undisputed(DviProblem problem) {
        DviState raw = rawState(problem);
        DviState search = problem.options().pruneExcluded()
                ? searchState(problem, raw, PairwiseCalculator.table(raw, problem.options().maxIncompatible()))
                : raw;
        return UndisputedSearch.run(search, problem.options()).found();
    }

    /** The joint analysis alone. */
    public static JointResult joint(DviProblem problem) {
        DviState raw = rawState(problem);
        DviState search = problem.options().pruneExcluded()
                ? searchState(problem, raw, PairwiseCalculator.table(raw, problem.options().maxIncompatible()))
                : raw;
        DviState adjusted = adjusted(problem, search);
        return JointCalculator.run(problem, adjusted, UndisputedSearch.run(adjusted, problem.options()));
    }

    private static DviState rawState(DviProblem problem) {
        VictimProfiles profiles = new VictimProfiles(problem.victims(), problem.victimSexes(), problem.loci(),
                problem.options().likelihood());
        List<FamilyModel> models = problem.families().parallelStream()
                .map(f -> FamilyModel.of(f, problem.loci(), problem.options().likelihood()))
                .toList();
        return new DviState(profiles, problem.victimIds(), models, DviState.sexCandidates(problem));
    }

    /** Candidates for the undisputed search and the joint analysis: excluded pairs out if asked. */
    private static DviState searchState(DviProblem problem, DviState raw, PairwiseTable table) {
        if (!problem.options().pruneExcluded()) {
            return raw;
        }
        Map<String, List<String>> c = new LinkedHashMap<>();
        raw.candidates.forEach((v, ms) -> {
            List<String> keep = new ArrayList<>(ms);
            keep.removeIf(m -> table.get(v, m).excluded());
            c.put(v, keep);
        });
        return raw.withCandidates(c);
    }

    private static DviState adjusted(DviProblem problem, DviState s) {
        MutationPolicy policy = problem.options().mutations();
        if (policy == MutationPolicy.KEEP) {
            return s;
        }
        List<FamilyModel> models = s.families.parallelStream()
                .map(f -> policy == MutationPolicy.DISABLE || f.consistentWithoutMutation() ? f.withoutMutation() : f)
                .toList();
        return new DviState(s.profiles, s.victims, models, s.candidates);
    }
}
