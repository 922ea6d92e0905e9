/**
 * Markers and the data typed at them.
 *
 * <ul>
 *   <li>{@link org.homecoming.kinship.locus.Locus} — alleles, frequencies, mutation model and
 *       chromosome of one marker, as the likelihood engine uses it.
 *   <li>{@link org.homecoming.kinship.locus.Genotype} — an unordered pair of allele labels.
 *   <li>{@link org.homecoming.kinship.locus.GenotypeTable} — person → locus → genotype, apart from
 *       any pedigree.
 *   <li>{@link org.homecoming.kinship.locus.GenotypeIndex} — numbering of unordered genotypes.
 *   <li>{@link org.homecoming.kinship.locus.Chromosome} — autosomal or X.
 *   <li>{@link org.homecoming.kinship.locus.LocusFrequencies} and
 *       {@link org.homecoming.kinship.locus.FrequencyDatabase} — population frequency tables as read.
 * </ul>
 */
package org.homecoming.kinship.locus;
