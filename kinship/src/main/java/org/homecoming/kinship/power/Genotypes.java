package org.homecoming.kinship.power;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeIndex;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/** Genotype arithmetic shared by the power calculations, over {@link GenotypeIndex} numbering. */
final class Genotypes {

    private Genotypes() {
    }

    /** Whether {@code person} carries one allele at {@code locus}: a male at an X-linked marker. */
    static boolean hemizygous(Pedigree pedigree, String person, Locus locus) {
        return locus.chromosome() == Chromosome.X && pedigree.sex(pedigree.indexOf(person)) == Sex.MALE;
    }

    /**
     * Hardy–Weinberg genotype probabilities, indexed as {@link GenotypeIndex}; for a hemizygous
     * male the allele frequency sits on the homozygous index a/a (how X-linked males are written).
     */
    static double[] population(Locus locus, boolean hemizygous) {
        double[] p = locus.frequencies();
        double[] out = new double[GenotypeIndex.count(p.length)];
        for (int b = 0; b < p.length; b++) {
            for (int a = 0; a <= b; a++) {
                int g = GenotypeIndex.index(a, b);
                if (hemizygous) {
                    out[g] = a == b ? p[a] : 0;
                } else {
                    out[g] = a == b ? p[a] * p[a] : 2 * p[a] * p[b];
                }
            }
        }
        return out;
    }

    static Genotype genotype(Locus locus, int g, boolean hemizygous) {
        int[] ab = GenotypeIndex.alleles(g);
        if (hemizygous) {
            return Genotype.hemizygous(locus.alleles().get(ab[0]));
        }
        return Genotype.of(locus.alleles().get(ab[0]), locus.alleles().get(ab[1]));
    }

    /** The persons typed at {@code locus} with their genotypes there, nothing else. */
    static GenotypeTable atLocus(GenotypeTable table, String locus) {
        GenotypeTable.Builder b = GenotypeTable.builder();
        for (String person : table.typedAt(locus)) {
            b.put(person, locus, table.get(person, locus).orElseThrow());
        }
        return b.build();
    }

    /** {@code table} (one locus) plus {@code person} typed {@code g} there. */
    static GenotypeTable with(GenotypeTable table, String person, String locus, Genotype g) {
        return table.with(person, locus, g);
    }

    /**
     * The locus without its mutation model when the data are compatible without one (forrel's
     * default), so that Mendelian incompatibilities exclude; otherwise the locus unchanged.
     */
    static Locus withoutMutationIfConsistent(Pedigree pedigree, GenotypeTable data, Locus locus) {
        if (locus.mutation().isTrivial()) {
            return locus;
        }
        Locus plain = locus.withMutation(MutationModel.none(locus.alleleCount()));
        double ll = Likelihood.logLikelihood(pedigree, data, plain, LikelihoodOptions.defaults());
        return ll == Double.NEGATIVE_INFINITY ? locus : plain;
    }

    /** The name of the lumped allele: not a possible STR allele name. */
    static final String UNSEEN = "(unseen)";

    /**
     * {@code locus} with the alleles of {@code data} and {@code extra} kept and every other allele
     * merged into one, {@link #UNSEEN}, carrying their summed frequency; no mutation. Exact for
     * genotype distributions given those data when the locus has no mutation and the pedigree no
     * loops: the unseen alleles are exchangeable up to their frequencies, so a genotype with an
     * unseen allele has the same P(g | data) / P_pop(g) as the lumped one. The locus itself when
     * every allele is seen.
     */
    static Locus lumped(Locus locus, GenotypeTable data, Genotype extra) {
        Set<String> seen = new HashSet<>();
        seen.add(extra.allele1());
        seen.add(extra.allele2());
        for (String person : data.typedAt(locus.name())) {
            Genotype g = data.get(person, locus.name()).orElseThrow();
            seen.add(g.allele1());
            seen.add(g.allele2());
        }
        List<String> alleles = new ArrayList<>();
        List<Double> frequencies = new ArrayList<>();
        double unseen = 0;
        for (int i = 0; i < locus.alleleCount(); i++) {
            String a = locus.alleles().get(i);
            if (seen.contains(a)) {
                alleles.add(a);
                frequencies.add(locus.frequency(i));
            } else {
                unseen += locus.frequency(i);
            }
        }
        if (unseen == 0) {
            return locus;
        }
        alleles.add(UNSEEN);
        frequencies.add(unseen);
        return Locus.of(locus.name(), alleles, frequencies.stream().mapToDouble(Double::doubleValue).toArray())
                .withChromosome(locus.chromosome());
    }

    /** Draws an index with the given probabilities (which sum to 1 up to rounding). */
    static int sample(double[] probabilities, SplittableRandom random) {
        double u = random.nextDouble();
        int last = -1;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] > 0) {
                last = i;
                u -= probabilities[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        if (last < 0) {
            throw new IllegalStateException("cannot sample from a distribution with no positive probability");
        }
        // Rounding left u a hair above the total: the draw belongs to the last possible genotype.
        return last;
    }
}
