package org.homecoming.kinship.io.familias;

import java.util.List;
import java.util.Objects;

/**
 * One locus of a Familias frequency database: its alleles and frequencies in file order, the mutation
 * parameters for each sex, and the figures Familias keeps beside them.
 *
 * <p>{@code new FamiliasLocus("TH01", FamiliasMutation.none(), FamiliasMutation.none(), List.of("6",
 * "9.3"), new double[] {0.4, 0.6}, 1000, 0, 0, 20)}
 *
 * <p>{@code databaseSize} is the number of persons the frequencies were counted in (0 when not given),
 * {@code dropout} Familias' dropout probability for the locus, {@code minorAlleleFrequency} the
 * frequency it gives to alleles absent from the database (0 when not set). Frequencies are as written:
 * they need not sum to one and may be zero. {@code line} is the 1-based line of the locus name.
 */
public record FamiliasLocus(String name, FamiliasMutation female, FamiliasMutation male, List<String> alleles,
        double[] frequencies, int databaseSize, double dropout, double minorAlleleFrequency, int line) {

    public FamiliasLocus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(female, "female");
        Objects.requireNonNull(male, "male");
        alleles = List.copyOf(alleles);
        frequencies = frequencies.clone();
        if (alleles.size() != frequencies.length) {
            throw new IllegalArgumentException("locus " + name + ": " + alleles.size() + " alleles but "
                    + frequencies.length + " frequencies");
        }
    }

    @Override
    public double[] frequencies() {
        return frequencies.clone();
    }

    /** The frequency of {@code allele}, 0 when the database does not list it. */
    public double frequency(String allele) {
        int i = alleles.indexOf(allele);
        return i < 0 ? 0 : frequencies[i];
    }
}
