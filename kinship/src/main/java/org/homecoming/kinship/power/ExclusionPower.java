package org.homecoming.kinship.power;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * Exclusion power (forrel's {@code exclusionPower} with an unrelated truth): the probability that
 * persons who are in truth unrelated to everyone — each a random draw from the population — show
 * genotypes impossible under the claimed pedigree and the references already typed.
 *
 * <p>{@code ExclusionPower.ofMarker(Pedigree.nuclear("AF", "MO", "CH"), GenotypeTable.builder().build(),
 * locus, List.of("AF", "CH"))} is 2p²q² for a two-allele locus (paternity claim, nobody typed).
 *
 * <p>EP = Σ P<sub>pop</sub>(g<sub>1</sub>, …, g<sub>k</sub>) over the genotype combinations of the
 * k available persons that have probability 0 under the claim. It is summed exactly, person by
 * person: the first person's genotypes impossible given the references count with their
 * population probability; each possible one is added to the data and the next person's
 * distribution computed given it (k = 1 is one call of {@link Likelihood#genotypeDistribution}).
 * As forrel does by default, a mutation model is switched off when the references are compatible
 * without it (otherwise nothing could ever be excluded); a marker whose references are
 * incompatible even with mutation has EP NaN.
 */
public final class ExclusionPower {

    private ExclusionPower() {
    }

    /** EP per marker and combined, for the persons in {@code available} typed at every locus. */
    public static ExclusionPowerResult of(Pedigree claim, GenotypeTable references, List<Locus> loci,
            List<String> available) {
        Map<String, Double> perMarker = new LinkedHashMap<>();
        for (Locus locus : loci) {
            perMarker.put(locus.name(), ofMarker(claim, references, locus, available));
        }
        return ExclusionPowerResult.of(perMarker);
    }

    /** EP of one marker; NaN when the references are incompatible with the claim. */
    public static double ofMarker(Pedigree claim, GenotypeTable references, Locus locus, List<String> available) {
        if (available.isEmpty()) {
            throw new IllegalArgumentException("available persons must not be empty");
        }
        for (String id : available) {
            if (!claim.contains(id)) {
                throw new IllegalArgumentException("available person is not in the claimed pedigree: " + id);
            }
            if (references.get(id, locus.name()).isPresent()) {
                throw new IllegalArgumentException("available person " + id + " is already typed at " + locus.name());
            }
        }
        GenotypeTable data = Genotypes.atLocus(references, locus.name());
        Locus used = Genotypes.withoutMutationIfConsistent(claim, data, locus);
        if (Likelihood.logLikelihood(claim, data, used, LikelihoodOptions.defaults()) == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        return excluded(claim, data, used, available, 0);
    }

    private static double excluded(Pedigree claim, GenotypeTable data, Locus locus, List<String> ids, int next) {
        String id = ids.get(next);
        boolean hemizygous = Genotypes.hemizygous(claim, id, locus);
        double[] claimed = Likelihood.genotypeDistribution(claim, data, locus, id, LikelihoodOptions.defaults());
        double[] population = Genotypes.population(locus, hemizygous);
        double sum = 0;
        for (int g = 0; g < claimed.length; g++) {
            if (population[g] == 0) {
                continue;
            }
            if (claimed[g] == 0) {
                sum += population[g];
            } else if (next + 1 < ids.size()) {
                GenotypeTable more = Genotypes.with(data, id, locus.name(), Genotypes.genotype(locus, g, hemizygous));
                sum += population[g] * excluded(claim, more, locus, ids, next + 1);
            }
        }
        return sum;
    }
}
