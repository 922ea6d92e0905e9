package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.List;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.search.FamilyRejectedException;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchIndex;

/**
 * Builds the search index of a job, leaving out each family the engine refuses (it names the family
 * in a {@link FamilyRejectedException}) and noting it, so one bad family does not fail the whole job.
 *
 * <pre>{@code
 * List<String> skipped = new ArrayList<>();
 * SearchIndex index = LenientIndex.build(families, loci, 2, skipped); // null when none is left
 * }</pre>
 */
final class LenientIndex {

    private LenientIndex() {
    }

    /**
     * The index of the families the engine accepts, or null when it accepts none; each one left out
     * adds {@code "MISSING: reason"} to {@code skipped}. Any other refusal fails the job as before.
     */
    static SearchIndex build(List<SearchFamily> families, List<Locus> loci, int threads, List<String> skipped) {
        List<SearchFamily> input = new ArrayList<>(families);
        while (!input.isEmpty()) {
            try {
                return SearchIndex.build(input, loci, LikelihoodOptions.defaults(), threads);
            } catch (FamilyRejectedException e) {
                // The engine refuses missing persons that appear twice, so the missing person names one entry.
                SearchFamily culprit = input.stream().filter(f -> f.missing().equals(e.missing())).findFirst()
                        .orElseThrow(() -> e);
                skipped.add(culprit.missing() + ": " + e.getMessage());
                input.remove(culprit);
            }
        }
        return null;
    }
}
