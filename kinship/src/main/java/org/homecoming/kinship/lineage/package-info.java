/**
 * Lineage markers: Y-STR haplotypes (paternal line) and mtDNA sequences (maternal line), their
 * comparison, haplotype frequencies counted in a reference set, and their LR.
 *
 * <p>{@code CombinedLr.of(autosomalLr, List.of(LineageResult.ofY(YStrComparison.of(remains,
 * brother), remains, reference)))}
 *
 * <p>Main types: {@link org.homecoming.kinship.lineage.YHaplotype}, {@link
 * org.homecoming.kinship.lineage.YStrComparison} with its {@link
 * org.homecoming.kinship.lineage.YStrRule}; {@link org.homecoming.kinship.lineage.MitoProfile},
 * {@link org.homecoming.kinship.lineage.MitoComparison}; {@link
 * org.homecoming.kinship.lineage.HaplotypeFrequency} (Clopper–Pearson bounds by {@link
 * org.homecoming.kinship.lineage.ClopperPearson} on {@link
 * org.homecoming.kinship.lineage.IncompleteBeta}); {@link
 * org.homecoming.kinship.lineage.LineageResult} and {@link org.homecoming.kinship.lineage.CombinedLr}.
 * The rules and their sources are in docs/kinship-lineage.md.
 */
package org.homecoming.kinship.lineage;
