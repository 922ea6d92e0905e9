package org.homecoming.kinship.dvi;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** The victims' profiles with each victim's own (unrelated) log-likelihood per locus, computed once. */
final class VictimProfiles {

    private final GenotypeTable table;
    private final Map<String, Sex> sexes;
    private final List<Locus> loci;
    private final Map<String, double[]> logLikelihoods;

    VictimProfiles(GenotypeTable table, Map<String, Sex> sexes, List<Locus> loci, LikelihoodOptions options) {
        this.table = table;
        this.sexes = sexes;
        this.loci = loci;
        this.logLikelihoods = new java.util.HashMap<>();
        for (String v : sexes.keySet()) {
            Pedigree alone = Pedigree.singleton(v, sexes.get(v));
            double[] ll = new double[loci.size()];
            for (int l = 0; l < ll.length; l++) {
                ll[l] = table.get(v, loci.get(l).name()).isPresent()
                        ? Likelihood.logLikelihood(alone, table, loci.get(l), options)
                        : 0;
                if (ll[l] == Double.NEGATIVE_INFINITY) {
                    throw new IllegalArgumentException("victim " + v + " has an impossible genotype at locus "
                            + loci.get(l).name());
                }
            }
            logLikelihoods.put(v, ll);
        }
    }

    GenotypeTable table() {
        return table;
    }

    Sex sex(String victim) {
        return sexes.get(victim);
    }

    List<String> ids() {
        return List.copyOf(sexes.keySet());
    }

    /** log P(victim's genotype at locus l) as an unrelated person; 0 when untyped there. */
    double logLikelihood(String victim, int l) {
        return logLikelihoods.get(victim)[l];
    }

    double logLikelihood(String victim) {
        double sum = 0;
        for (double x : logLikelihoods.get(victim)) {
            sum += x;
        }
        return sum;
    }

    boolean typedAt(String victim, int l) {
        return table.get(victim, loci.get(l).name()).isPresent();
    }
}
