package org.homecoming.kinship.io.familias;

/**
 * An allele someone carries that the file's database lacks (or lists with frequency zero), added to
 * the locus at the minimum frequency before the frequencies were renormalised.
 *
 * <p>{@code new AddedAllele("TH01", "13", 0.0025)}
 */
public record AddedAllele(String locus, String allele, double frequency) {
}
