package org.homecoming.kinship.locus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homecoming.kinship.mutation.MutationModel;

/**
 * One genetic marker as the likelihood engine sees it: allele labels, population frequencies, a
 * mutation model and the chromosome type.
 *
 * <p>{@code Locus l = Locus.of("TH01", List.of("6", "7", "9.3"), new double[] {0.2, 0.3, 0.5})
 * .withMutation(MutationModel.equal(0.002, 3));}
 *
 * <p>Frequencies must be positive and sum to one (to within 1e-6; the {@code of} factories
 * normalise). A null mutation model means none. Two loci are equal when all their parts are equal
 * (frequencies compared by value).
 */
public record Locus(String name, List<String> alleles, double[] frequencies, MutationModel mutation,
                    Chromosome chromosome) implements Serializable {

    /** The frequency given to an allele missing from a database when its size is unknown. */
    public static final double DEFAULT_MINIMUM_FREQUENCY = 0.001;

    public Locus {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("locus name must not be blank: '" + name + "'");
        }
        alleles = List.copyOf(alleles);
        frequencies = frequencies.clone();
        if (alleles.isEmpty()) {
            throw new IllegalArgumentException("locus " + name + " must have at least one allele");
        }
        if (alleles.size() != frequencies.length) {
            throw new IllegalArgumentException("locus " + name + ": " + alleles.size() + " alleles but "
                    + frequencies.length + " frequencies");
        }
        if (new HashSet<>(alleles).size() != alleles.size()) {
            throw new IllegalArgumentException("locus " + name + ": duplicate allele in " + alleles);
        }
        double sum = 0;
        for (int i = 0; i < frequencies.length; i++) {
            if (!(frequencies[i] > 0 && frequencies[i] <= 1)) {
                throw new IllegalArgumentException("locus " + name + ", allele " + alleles.get(i)
                        + ": frequency must be in (0, 1]: " + frequencies[i]);
            }
            sum += frequencies[i];
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("locus " + name + ": frequencies must sum to 1: " + sum);
        }
        if (mutation == null) {
            mutation = MutationModel.none(alleles.size());
        }
        if (mutation.size() != alleles.size()) {
            throw new IllegalArgumentException("locus " + name + ": mutation model has " + mutation.size()
                    + " alleles, the locus " + alleles.size());
        }
        if (chromosome == null) {
            chromosome = Chromosome.AUTOSOMAL;
        }
    }

    /** An autosomal locus without mutation, frequencies normalised to sum to one. */
    public static Locus of(LocusFrequencies f) {
        LocusFrequencies n = f.normalised();
        return new Locus(n.locus(), n.alleles(), n.frequencies(), null, Chromosome.AUTOSOMAL);
    }

    /** An autosomal locus without mutation, frequencies normalised to sum to one. */
    public static Locus of(String name, List<String> alleles, double[] freqs) {
        double s = 0;
        for (double f : freqs) {
            s += f;
        }
        double[] n = freqs.clone();
        for (int i = 0; i < n.length; i++) {
            n[i] /= s;
        }
        return new Locus(name, alleles, n, null, Chromosome.AUTOSOMAL);
    }

    @Override
    public double[] frequencies() {
        return frequencies.clone();
    }

    /** The frequency of allele number {@code i}. */
    public double frequency(int i) {
        return frequencies[i];
    }

    /** A copy with another mutation model (null: none). */
    public Locus withMutation(MutationModel m) {
        return new Locus(name, alleles, frequencies, m, chromosome);
    }

    /** A copy on another chromosome type. */
    public Locus withChromosome(Chromosome c) {
        return new Locus(name, alleles, frequencies, mutation, c);
    }

    /** The index of {@code allele}, or -1 when the locus lacks it. */
    public int indexOf(String allele) {
        return alleles.indexOf(allele);
    }

    public int alleleCount() {
        return alleles.size();
    }

    /**
     * A copy that also lists every allele of {@code observed} it lacks, each at {@code
     * minimumFrequency}, all frequencies renormalised to sum to one; the mutation model is rebuilt
     * from its specs for the new allele list. Returns this locus when nothing is missing.
     *
     * <p>Use {@link #DEFAULT_MINIMUM_FREQUENCY} or {@link #minimumFrequency(int)} for a database of
     * known size. A custom mutation model cannot be extended and is refused.
     */
    public Locus withMissingAlleles(Collection<String> observed, double minimumFrequency) {
        if (!(minimumFrequency > 0 && minimumFrequency < 1)) {
            throw new IllegalArgumentException("minimum frequency must be in (0, 1): " + minimumFrequency);
        }
        List<String> all = new ArrayList<>(alleles);
        Set<String> seen = new HashSet<>(alleles);
        for (String a : observed) {
            if (a != null && !a.isBlank() && seen.add(a.trim())) {
                all.add(a.trim());
            }
        }
        if (all.size() == alleles.size()) {
            return this;
        }
        if (!mutation.isParametric()) {
            throw new IllegalArgumentException("locus " + name + ": cannot add alleles " + all.subList(
                    alleles.size(), all.size()) + " to a custom mutation matrix");
        }
        double[] f = Arrays.copyOf(frequencies, all.size());
        Arrays.fill(f, alleles.size(), all.size(), minimumFrequency);
        double s = 0;
        for (double x : f) {
            s += x;
        }
        for (int i = 0; i < f.length; i++) {
            f[i] /= s;
        }
        MutationModel m = MutationModel.of(mutation.femaleSpec(), mutation.maleSpec(), all, f);
        return new Locus(name, all, f, m, chromosome);
    }

    /**
     * The minimum frequency for an allele missing from a database of {@code databaseSize} persons:
     * 5/(2N) (NRC II recommendation).
     */
    public static double minimumFrequency(int databaseSize) {
        if (databaseSize < 3) {
            throw new IllegalArgumentException("database size must be at least 3: " + databaseSize);
        }
        return 5.0 / (2.0 * databaseSize);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Locus l && name.equals(l.name) && alleles.equals(l.alleles)
                && Arrays.equals(frequencies, l.frequencies) && mutation.equals(l.mutation)
                && chromosome == l.chromosome;
    }

    @Override
    public int hashCode() {
        return ((name.hashCode() * 31 + alleles.hashCode()) * 31 + Arrays.hashCode(frequencies)) * 31
                + chromosome.hashCode();
    }

    @Override
    public String toString() {
        return "Locus[" + name + ", " + alleles.size() + " alleles, " + chromosome + ", mutation "
                + mutation.femaleSpec() + "/" + mutation.maleSpec() + "]";
    }
}
