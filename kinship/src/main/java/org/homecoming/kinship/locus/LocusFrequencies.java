package org.homecoming.kinship.locus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The allele frequencies of one STR marker in one population, as read from a frequency database.
 *
 * <p>{@code new LocusFrequencies("TH01", List.of("6", "9.3"), new double[] {0.4, 0.6})}
 *
 * <p>Alleles are labels, microvariants included ("9.3", "15.3"); their order is the order of the
 * source. Frequencies need not sum to one exactly (published tables are rounded): {@link
 * #normalised()} returns a copy that does.
 */
public record LocusFrequencies(String locus, List<String> alleles, double[] frequencies) {

    public LocusFrequencies {
        if (locus == null || locus.isBlank()) {
            throw new IllegalArgumentException("locus name must not be blank");
        }
        alleles = List.copyOf(alleles);
        frequencies = frequencies.clone();
        if (alleles.size() != frequencies.length) {
            throw new IllegalArgumentException("locus " + locus + ": " + alleles.size()
                    + " alleles but " + frequencies.length + " frequencies");
        }
        if (alleles.stream().distinct().count() != alleles.size()) {
            throw new IllegalArgumentException("locus " + locus + ": duplicate allele in " + alleles);
        }
        for (int i = 0; i < frequencies.length; i++) {
            if (!(frequencies[i] > 0 && frequencies[i] <= 1)) {
                throw new IllegalArgumentException("locus " + locus + ", allele " + alleles.get(i)
                        + ": frequency must be in (0, 1]: " + frequencies[i]);
            }
        }
    }

    @Override
    public double[] frequencies() {
        return frequencies.clone();
    }

    /** The frequency of {@code allele}, or 0 when the table does not list it. */
    public double frequency(String allele) {
        int i = alleles.indexOf(allele);
        return i < 0 ? 0 : frequencies[i];
    }

    public boolean contains(String allele) {
        return alleles.contains(allele);
    }

    public double sum() {
        double s = 0;
        for (double f : frequencies) {
            s += f;
        }
        return s;
    }

    /** A copy whose frequencies sum to one. */
    public LocusFrequencies normalised() {
        double s = sum();
        double[] f = frequencies.clone();
        for (int i = 0; i < f.length; i++) {
            f[i] /= s;
        }
        return new LocusFrequencies(locus, alleles, f);
    }

    /**
     * A copy that also lists {@code missing} alleles, each at {@code minimumFrequency}, renormalised
     * to sum to one. This is how an allele seen in a profile but absent from the database is
     * handled; callers report which alleles were added.
     */
    public LocusFrequencies withAlleles(List<String> missing, double minimumFrequency) {
        if (!(minimumFrequency > 0 && minimumFrequency < 1)) {
            throw new IllegalArgumentException("minimum frequency must be in (0, 1): " + minimumFrequency);
        }
        Map<String, Double> all = new LinkedHashMap<>();
        for (int i = 0; i < alleles.size(); i++) {
            all.put(alleles.get(i), frequencies[i]);
        }
        for (String a : missing) {
            all.putIfAbsent(a, minimumFrequency);
        }
        double[] f = all.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new LocusFrequencies(locus, List.copyOf(all.keySet()), f).normalised();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocusFrequencies other && locus.equals(other.locus)
                && alleles.equals(other.alleles) && Arrays.equals(frequencies, other.frequencies);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * locus.hashCode() + alleles.hashCode()) + Arrays.hashCode(frequencies);
    }

    @Override
    public String toString() {
        return "LocusFrequencies[" + locus + ", " + alleles.size() + " alleles]";
    }
}
