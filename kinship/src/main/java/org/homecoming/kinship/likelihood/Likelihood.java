package org.homecoming.kinship.likelihood;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * Exact pedigree likelihoods of genotype data at unlinked markers: the one place that peels.
 *
 * <p>{@code double ll = Likelihood.logLikelihood(Pedigree.nuclear("FA", "MO", "CH"), data, locus,
 * LikelihoodOptions.defaults());}
 *
 * <p>Results are natural logarithms, {@code Double.NEGATIVE_INFINITY} when the data are impossible.
 * Persons in the data but not in the pedigree are ignored; untyped persons are summed over; a
 * locus nobody is typed at scores 0 (likelihood 1). With θ = 0 a disconnected pedigree scores as the
 * product of its components; with θ &gt; 0 all founders of the pedigree draw from one urn, so θ
 * couples the components too. Any pedigree shape is exact, loops and inbreeding included (variable
 * elimination; an {@code IllegalArgumentException} says when a pedigree is too complex). A male
 * heterozygous at an X-linked locus, or an allele missing from the locus, is an input error.
 */
public final class Likelihood {

    private Likelihood() {
    }

    /** The natural-log likelihood of {@code data} on {@code p} at {@code locus}. */
    public static double logLikelihood(Pedigree p, GenotypeTable data, Locus locus, LikelihoodOptions o) {
        return Math.log(likelihood(p, data, locus, o));
    }

    /** The likelihood itself (not logged), for callers that sum over alternatives. */
    public static double likelihood(Pedigree p, GenotypeTable data, Locus locus, LikelihoodOptions o) {
        requireArguments(p, data, locus, o);
        return new MarkerComputation(p, data, locus, o, -1).likelihood();
    }

    /** Natural-log likelihoods per locus (in the order of {@code loci}) and their sum. */
    public static MarkerLikelihoods logLikelihoods(Pedigree p, GenotypeTable data, List<Locus> loci,
                                                   LikelihoodOptions o) {
        if (loci == null) {
            throw new IllegalArgumentException("loci must not be null");
        }
        Map<String, Double> per = new LinkedHashMap<>();
        double total = 0;
        for (Locus l : loci) {
            double ll = logLikelihood(p, data, l, o);
            if (per.put(l.name(), ll) != null) {
                throw new IllegalArgumentException("locus " + l.name() + " is listed twice");
            }
            total += ll;
        }
        return new MarkerLikelihoods(per, total);
    }

    /**
     * P(genotype of {@code person} = g | everyone else's data) for every unordered genotype g, in
     * the order of {@link org.homecoming.kinship.locus.GenotypeIndex} over all alleles of the locus.
     * The person's own data, if any, are ignored. For a male at an X-linked locus the mass lies on
     * the homozygous indices {@code index(a, a)}, meaning hemizygous a. Throws when the others' data
     * are impossible.
     */
    public static double[] genotypeDistribution(Pedigree p, GenotypeTable data, Locus locus, String person,
                                                LikelihoodOptions o) {
        requireArguments(p, data, locus, o);
        int t = p.indexOf(person);
        if (t < 0) {
            throw new IllegalArgumentException("person " + person + " is not in the pedigree");
        }
        return new MarkerComputation(p, data, locus, o, t).distribution();
    }

    private static void requireArguments(Pedigree p, GenotypeTable data, Locus locus, LikelihoodOptions o) {
        if (p == null) {
            throw new IllegalArgumentException("pedigree must not be null");
        }
        if (data == null) {
            throw new IllegalArgumentException("genotype table must not be null");
        }
        if (locus == null) {
            throw new IllegalArgumentException("locus must not be null");
        }
        if (o == null) {
            throw new IllegalArgumentException("likelihood options must not be null");
        }
    }
}
