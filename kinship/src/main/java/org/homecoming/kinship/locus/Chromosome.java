package org.homecoming.kinship.locus;

/**
 * Where a marker lies, which decides how it is inherited.
 *
 * <p>{@code locus.withChromosome(Chromosome.X)}
 *
 * <p>At {@code X} markers males carry one allele (from their mother) and a father passes his
 * allele to daughters only.
 */
public enum Chromosome {
    AUTOSOMAL,
    X
}
