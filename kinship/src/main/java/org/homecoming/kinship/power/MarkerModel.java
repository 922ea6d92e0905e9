package org.homecoming.kinship.power;

import java.util.Optional;
import java.util.SplittableRandom;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * One marker of a family prepared for simulation: the missing person's genotype distribution
 * given the references, the population distribution, and per candidate relative the conditional
 * distributions, each computed once and only when a simulation needs it.
 */
final class MarkerModel {

    private final Pedigree pedigree;
    private final Locus locus;
    private final GenotypeTable data;
    private final String missing;
    private final double[] population;
    private final double[] missingGivenReferences;
    /** Whether unseen alleles may be lumped for the candidates' conditionals (no mutation, no loops). */
    private final boolean lumpable;

    private MarkerModel(Pedigree pedigree, Locus locus, GenotypeTable data, String missing) {
        this.pedigree = pedigree;
        this.locus = locus;
        this.data = data;
        this.missing = missing;
        this.population = Genotypes.population(locus, Genotypes.hemizygous(pedigree, missing, locus));
        this.missingGivenReferences = distribution(data, missing);
        this.lumpable = locus.mutation().isTrivial() && !pedigree.hasLoops();
    }

    /** The prepared marker, or empty when the references are incompatible even with mutation. */
    static Optional<MarkerModel> of(Pedigree pedigree, GenotypeTable references, Locus locus, String missing) {
        GenotypeTable data = Genotypes.atLocus(references, locus.name());
        Locus used = Genotypes.withoutMutationIfConsistent(pedigree, data, locus);
        if (Likelihood.logLikelihood(pedigree, data, used, LikelihoodOptions.defaults()) == Double.NEGATIVE_INFINITY) {
            return Optional.empty();
        }
        return Optional.of(new MarkerModel(pedigree, used, data, missing));
    }

    String name() {
        return locus.name();
    }

    /** Σ_g P(g | refs) log10[P(g | refs) / P_pop(g)]: the Kullback–Leibler divergence in log10. */
    double expectedLog10Lr() {
        double sum = 0;
        for (int g = 0; g < population.length; g++) {
            double d = missingGivenReferences[g];
            if (d > 0) {
                sum += d * Math.log10(d / population[g]);
            }
        }
        return sum;
    }

    int sampleMissing(SplittableRandom random) {
        return Genotypes.sample(missingGivenReferences, random);
    }

    /** log10 of P(g | refs) / P_pop(g): the LR of a victim with genotype g. */
    double log10Lr(int g) {
        return Math.log10(missingGivenReferences[g] / population[g]);
    }

    Candidate candidate(String relative) {
        return new Candidate(relative);
    }

    private double[] distribution(GenotypeTable given, String person) {
        return Likelihood.genotypeDistribution(pedigree, given, locus, person, LikelihoodOptions.defaults());
    }

    /** The same marker with one more relative to be typed. */
    final class Candidate {
        private final String relative;
        private final boolean relativeHemizygous;
        private final double[] relativeGivenReferences;
        /** By the relative's genotype h: P(g | refs, h) and P_pop(g), over the alleles the computation used. */
        private final double[][][] missingGivenRelative;

        private Candidate(String relative) {
            this.relative = relative;
            this.relativeHemizygous = Genotypes.hemizygous(pedigree, relative, locus);
            this.relativeGivenReferences = distribution(data, relative);
            this.missingGivenRelative = new double[relativeGivenReferences.length][][];
        }

        /**
         * Draws the relative's genotype h given the references (from {@code relatives}), then the
         * missing person's genotype g given the references and h (from {@code victims}), and returns
         * log10 of the LR the victim g would then have. The pair is drawn from P(h | refs) P(g | refs, h),
         * which is the same joint distribution as P(g | refs) P(h | refs, g), but needs one genotype
         * distribution per drawn h only, instead of one per drawn g and one per drawn h.
         */
        double sampleLog10Lr(SplittableRandom victims, SplittableRandom relatives) {
            int h = Genotypes.sample(relativeGivenReferences, relatives);
            if (missingGivenRelative[h] == null) {
                missingGivenRelative[h] = conditional(Genotypes.genotype(locus, h, relativeHemizygous));
            }
            double[] given = missingGivenRelative[h][0];
            double[] pop = missingGivenRelative[h][1];
            int g = Genotypes.sample(given, victims);
            return Math.log10(given[g] / pop[g]);
        }

        /**
         * P(g | refs, relative = h) and P_pop(g). Without mutation and without loops, the alleles
         * seen in neither refs nor h are lumped into one (Genotypes.lumped): the LR of a victim
         * carrying an unseen allele is the same whichever it is, so the LR distribution is exact,
         * and the computation runs over a handful of alleles instead of the whole table.
         */
        private double[][] conditional(Genotype h) {
            Locus used = locus;
            if (lumpable) {
                used = Genotypes.lumped(locus, data, h);
            }
            GenotypeTable withRelative = Genotypes.with(data, relative, locus.name(), h);
            double[] given = Likelihood.genotypeDistribution(pedigree, withRelative, used, missing,
                    LikelihoodOptions.defaults());
            return new double[][] {given, used == locus ? population
                    : Genotypes.population(used, Genotypes.hemizygous(pedigree, missing, used))};
        }
    }
}
