package org.homecoming.server.identification;

/**
 * One allele a search job added to a locus of its frequency table, with its place among the alleles
 * added to that locus (the locus lists them in that order, so the order fixes the rebuilt locus): one row of
 * {@code ident_search_job_allele}. Not the Familias import's {@code AddedAllele}, which carries a frequency.
 *
 * <pre>{@code
 * new SearchJobAllele("D21S11", 0, "36.2");
 * }</pre>
 */
record SearchJobAllele(String locus, int position, String allele) {
}
