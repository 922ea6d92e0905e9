/**
 * Pedigree likelihoods: the only package that peels.
 *
 * <ul>
 *   <li>{@link org.homecoming.kinship.likelihood.Likelihood} — exact log-likelihood of genotype data
 *       on a pedigree at one or many markers, and genotype distributions of one person.
 *   <li>{@link org.homecoming.kinship.likelihood.LikelihoodOptions} — θ correction and dropout.
 *   <li>{@link org.homecoming.kinship.likelihood.MarkerLikelihoods} — per-locus and total results.
 * </ul>
 */
package org.homecoming.kinship.likelihood;
