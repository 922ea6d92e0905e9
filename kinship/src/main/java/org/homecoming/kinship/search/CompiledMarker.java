package org.homecoming.kinship.search;

/**
 * What a comparison needs from one family at one marker: the ratios {@code r(g) = P(MP = g | refs) /
 * P_pop(g)} in the structured form of {@link MarkerCompiler} (explicit alleles, and closed forms for
 * the others), and whether each kind of call would be possible without mutation.
 *
 * <p>One layout serves every case: a marker nobody is typed at has no explicit allele and constant
 * forms; a marker whose unseen alleles follow no closed form (stepwise mutation) makes every allele
 * explicit.
 *
 * @param hasData at least one reference is typed at this marker (the marker counts as compared)
 * @param mask the explicit alleles, one bit per allele index
 * @param k the number of explicit alleles
 * @param values the ratios and coefficients
 * @param compatible per value slot: the call it stands for is possible without mutation
 * @param triangle only the triangle is kept, and the dropout sums are derived from it
 *     ({@link FamilyBlock}): the unseen alleles have constant ratios (no mutation or a proportional
 *     model, one slot for all of them), or every allele is explicit (no slot for unseen alleles)
 */
record CompiledMarker(boolean hasData, long[] mask, int k, double[] values, boolean[] compatible, boolean triangle) {
}
