package org.homecoming.server.identification;

/**
 * One allele a search job added to a locus of its frequency table, with its place among the alleles
 * added to that locus (the locus lists them in that order, so the order fixes the rebuilt locus).
 *
 * <pre>{@code
 * new AddedAllele("D21S11", 0, "36.2");
 * }</pre>
 */
record AddedAllele(String locus, int position, String allele) {
}
