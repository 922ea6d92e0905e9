package org.homecoming.kinship.search;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.lr.KinshipAnalysis;
import org.homecoming.kinship.lr.LrResult;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * The exact per-pair engine the search is checked against: peels the family twice, once with the
 * remains placed as the missing person and once with the remains unrelated, as {@code homecoming lr}
 * does.
 *
 * <pre>{@code
 * double lr = PairwiseLr.lr(family, remains, loci, LikelihoodOptions.defaults());
 * }</pre>
 */
public final class PairwiseLr {

    private static final String MATCH = "remains is the missing person";
    private static final String UNRELATED = "remains unrelated";

    private PairwiseLr() {
    }

    /** The LR of "remains = missing person" against "remains unrelated", all loci together. */
    public static double lr(SearchFamily f, RemainsProfile v, List<Locus> loci, LikelihoodOptions options) {
        return analyse(f, v, loci, options).lr().get(MATCH).total();
    }

    /** The full analysis: both hypotheses with their per-locus log-likelihoods. */
    public static LrResult analyse(SearchFamily f, RemainsProfile v, List<Locus> loci, LikelihoodOptions options) {
        if (f.pedigree().contains(v.id())) {
            throw new IllegalArgumentException("remains id " + v.id() + " is also a person of family " + f.family());
        }
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (String person : f.references().persons()) {
            f.references().profile(person).forEach((locus, g) -> b.put(person, locus, g));
        }
        v.genotypes().forEach((locus, g) -> b.put(v.id(), locus, g));
        Pedigree asMissing = f.pedigree().relabel(Map.of(f.missing(), v.id()));
        Pedigree unrelated = f.pedigree().union(Pedigree.singleton(v.id(), f.pedigree().sex(f.missing())));
        LikelihoodOptions o = v.dropout() > 0 ? options.withDropout(v.id(), v.dropout()) : options;
        return KinshipAnalysis.run(List.of(new Hypothesis(MATCH, asMissing), new Hypothesis(UNRELATED, unrelated)),
                b.build(), loci, o, UNRELATED);
    }
}
