/**
 * All the evidence on remains × missing person pairs at programme scale: the autosomal LR of the
 * search, the lineage LRs, the non-DNA context as likelihood ratios, and the posterior of each pair
 * when each remains is at most one person and each person at most one remains.
 *
 * <p>{@code CombinedPair.score(pairs, EvidenceSet.ALL, MatchingPrior.fromCounts(remains, missing),
 * ExclusivePosterior.Settings.defaults())}
 *
 * <p>Main types: {@link org.homecoming.kinship.evidence.ContextEvidence} (with {@link
 * org.homecoming.kinship.evidence.DistanceLr}, {@link org.homecoming.kinship.evidence.AgeLr}, {@link
 * org.homecoming.kinship.evidence.SexLr}, {@link org.homecoming.kinship.evidence.ArtifactLr} under a
 * {@link org.homecoming.kinship.evidence.ContextModel}, whose {@link
 * org.homecoming.kinship.evidence.Displacement} {@link org.homecoming.kinship.evidence.DisplacementFit}
 * fits to the programme); {@link
 * org.homecoming.kinship.evidence.PairEvidence} and {@link org.homecoming.kinship.evidence.EvidenceSet};
 * {@link org.homecoming.kinship.evidence.ExclusivePosterior} with its {@link
 * org.homecoming.kinship.evidence.MatchingPrior} and the rest of the registry ({@link
 * org.homecoming.kinship.evidence.UnlistedPairs}, {@link org.homecoming.kinship.evidence.Unlisted}); {@link
 * org.homecoming.kinship.evidence.IdentificationFigures}. Builds on {@code search} and {@code
 * lineage}; never peels. Assumptions: docs/kinship-evidence.md.
 */
package org.homecoming.kinship.evidence;
