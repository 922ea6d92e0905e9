/**
 * Power of a family's references to identify its missing person: exclusion power, the LR
 * distribution when a victim truly is the missing person, and which untyped relative to type next.
 *
 * <p>{@code PowerAnalysis.run(pedigree, references, loci, "MP", PowerOptions.defaults())}
 *
 * <p>Main types: {@link org.homecoming.kinship.power.PowerAnalysis} → {@link
 * org.homecoming.kinship.power.PowerReport} ({@link org.homecoming.kinship.power.MarkerPower},
 * {@link org.homecoming.kinship.power.LrDistribution}, {@link
 * org.homecoming.kinship.power.CandidateReference}); {@link
 * org.homecoming.kinship.power.ExclusionPower} → {@link
 * org.homecoming.kinship.power.ExclusionPowerResult}; {@link
 * org.homecoming.kinship.power.PowerOptions}. Formulas in docs/kinship-power.md.
 */
package org.homecoming.kinship.power;
