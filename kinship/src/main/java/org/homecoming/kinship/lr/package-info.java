/**
 * Likelihood ratios between named pedigree hypotheses.
 *
 * <ul>
 *   <li>{@link org.homecoming.kinship.lr.KinshipAnalysis} — scores data under each hypothesis and
 *       compares with a reference.
 *   <li>{@link org.homecoming.kinship.lr.Hypothesis} — a named pedigree.
 *   <li>{@link org.homecoming.kinship.lr.LrResult}, {@link org.homecoming.kinship.lr.HypothesisLikelihood},
 *       {@link org.homecoming.kinship.lr.LikelihoodRatio} — the results.
 * </ul>
 */
package org.homecoming.kinship.lr;
