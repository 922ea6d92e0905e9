package org.homecoming.kinship.io.familias;

import java.util.Objects;

/**
 * One genotype of one person as a {@code .fam} file records it: the locus and the two allele labels,
 * in the order written.
 *
 * <p>{@code new FamiliasGenotype("TH01", "9.3", "6")}
 */
public record FamiliasGenotype(String locus, String allele1, String allele2) {

    public FamiliasGenotype {
        Objects.requireNonNull(locus, "locus");
        Objects.requireNonNull(allele1, "allele1");
        Objects.requireNonNull(allele2, "allele2");
    }
}
