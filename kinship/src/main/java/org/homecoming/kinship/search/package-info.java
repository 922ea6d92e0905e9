/**
 * Database search: every set of remains is scored against the missing person of every reference
 * family, with the same likelihood ratio the exact per-pair engine gives, but fast enough for a
 * whole programme.
 *
 * <p>Main types: {@link org.homecoming.kinship.search.SearchIndex} (families precompiled per marker
 * into ratios to population frequencies, built from {@link org.homecoming.kinship.search.SearchFamily}),
 * {@link org.homecoming.kinship.search.DatabaseSearch} (entry point: one remains, one family or all
 * against all, under {@link org.homecoming.kinship.search.SearchOptions}), its input
 * {@link org.homecoming.kinship.search.RemainsProfile} and its output
 * {@link org.homecoming.kinship.search.SearchResult} of {@link org.homecoming.kinship.search.Candidate
 * candidates}. {@link org.homecoming.kinship.search.StreamedSearch} is the same search without an index
 * (each block of families compiled when reached, for families whose tables would not fit; cut by
 * families into {@link org.homecoming.kinship.search.StreamedPart parts} on a cluster).
 * {@link org.homecoming.kinship.search.PairwiseLr} is the exact engine the search is
 * checked against; {@link org.homecoming.kinship.search.JointCandidates} and
 * {@link org.homecoming.kinship.search.JointPlacement} score two remains on two missing persons of
 * one family; {@link org.homecoming.kinship.search.LineageEvidence} attaches Y-STR and mtDNA.
 * Definitions are in {@code docs/kinship-search.md}, the speed-ups in {@code docs/kinship-speed.md}.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.build(families, loci, LikelihoodOptions.defaults(), 4);
 * SearchResult result = DatabaseSearch.run(index, remains, SearchOptions.defaults().withTopK(5));
 * }</pre>
 */
package org.homecoming.kinship.search;
