/**
 * Disaster-victim identification after the R package dvir: victims (unidentified remains) are
 * matched against reference families with missing persons.
 *
 * <p>Main types: {@link org.homecoming.kinship.dvi.DviProblem} (input: victims, sexes,
 * {@link org.homecoming.kinship.dvi.ReferenceFamily reference families}, loci,
 * {@link org.homecoming.kinship.dvi.DviOptions options}), {@link org.homecoming.kinship.dvi.DviAnalysis}
 * (entry point), and the results {@link org.homecoming.kinship.dvi.PairwiseTable},
 * {@link org.homecoming.kinship.dvi.Identification}, {@link org.homecoming.kinship.dvi.JointResult} and
 * {@link org.homecoming.kinship.dvi.DviResult}. Definitions and formulas are in {@code docs/kinship-dvi.md}.
 */
package org.homecoming.kinship.dvi;
