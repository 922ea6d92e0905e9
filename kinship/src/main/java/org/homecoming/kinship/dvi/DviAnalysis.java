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
 * <p>The pairwise matrix and the undisputed search use the loci's mutation models as given; the
 * joint analysis first applies {@link DviOptions#mutations()} (by default every family keeps its
 * models), then, as {@link DviOptions#fixing()} says, fixes undisputed matches or not, then
 * enumerates the rest. Every assignment's LR is against "nobody identified" on the whole problem,
 * each family scored with all its assigned victims placed together. An undisputed match that the
 * joint analysis does not confirm (not in the best assignment, or not its victim's largest marginal,
 * as can happen when a policy drops a family's mutation model) is moved to
 * {@link DviResult#disputed()}, so the result never contradicts itself. A problem whose references
 * are impossible in some family, or with more candidate assignments than
 * {@link DviOptions#maxAssignments()} after any fixing allowed, is refused with an
 * {@link IllegalArgumentException}.
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
        JointResult joint = joint(problem, adjusted,
                adjusted.families.equals(search.families) ? undisputed : null);
        if (joint.assignments().stream().noneMatch(a -> a.logLikelihood() > Double.NEGATIVE_INFINITY)) {
            // Seen with dvir's policy: pairs fixed on the matrix with mutation leave no possible assignment
            // once consistent families lose it. Refused by name rather than answered with a 0/0 table.
            throw new IllegalArgumentException("no joint assignment is possible under the mutation policy "
                    + problem.options().mutations() + "; keep the mutation models (--mutations keep)");
        }
        List<Identification> confirmed = new ArrayList<>();
        List<Identification> disputed = new ArrayList<>();
        Map<String, Map<String, Double>> marginals = joint.marginals();
        for (Identification id : undisputed.found()) {
            (confirmedByJoint(id, joint.assignments().get(0), marginals) ? confirmed : disputed).add(id);
        }
        return new DviResult(table, confirmed, disputed, joint);
    }

    /** The pairwise LR matrix with incompatible markers and exclusions. */
    public static PairwiseTable pairwise(DviProblem problem) {
        return PairwiseCalculator.table(rawState(problem), problem.options().maxIncompatible());
    }

    /**
     * The undisputed identifications of the pairwise search at the options' threshold, mutation
     * models as given, before any check against the joint analysis ({@link #run} does that).
     */
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
        return joint(problem, adjusted(problem, search), null);
    }

    /**
     * The joint analysis on the adjusted state, fixing undisputed matches as the options say; the
     * undisputed outcome is reused when it was computed on the same models, or computed here.
     */
    private static JointResult joint(DviProblem problem, DviState adjusted, UndisputedSearch.Outcome known) {
        DviOptions o = problem.options();
        if (o.fixing() != UndisputedFixing.ALWAYS) {
            DviState open = UndisputedSearch.unfixed(adjusted, o);
            if (o.fixing() == UndisputedFixing.NEVER
                    || JointCalculator.count(open, o.maxAssignments()) <= o.maxAssignments()) {
                return JointCalculator.run(problem, adjusted, new UndisputedSearch.Outcome(open, List.of()));
            }
        }
        return JointCalculator.run(problem, adjusted, known != null ? known : UndisputedSearch.run(adjusted, o));
    }

    /** The pair is in the best assignment and no other outcome of its victim has a larger marginal. */
    private static boolean confirmedByJoint(Identification id, JointAssignment best,
            Map<String, Map<String, Double>> marginals) {
        if (!best.missingOf(id.victim()).equals(id.missing())) {
            return false;
        }
        Map<String, Double> row = marginals.get(id.victim());
        double p = row.get(id.missing());
        return row.values().stream().allMatch(x -> x <= p);
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
        if (policy == MutationPolicy.DISABLE) {
            for (FamilyModel f : s.families) {
                if (!f.consistentWithoutMutation()) {
                    throw new IllegalArgumentException("family " + f.name() + ": its references are impossible without"
                            + " mutation, so no assignment has a likelihood; keep the mutation models (--mutations keep)");
                }
            }
        }
        List<FamilyModel> models = s.families.parallelStream()
                .map(f -> policy == MutationPolicy.DISABLE || f.consistentWithoutMutation() ? f.withoutMutation() : f)
                .toList();
        return new DviState(s.profiles, s.victims, models, s.candidates);
    }
}
