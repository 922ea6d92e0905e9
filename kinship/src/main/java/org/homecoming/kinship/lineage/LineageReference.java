package org.homecoming.kinship.lineage;

import java.util.List;

/**
 * A population reference set of lineage haplotypes (one per reference individual, as exported
 * from YHRD- or EMPOP-style databases): where the frequency of a remains' haplotype is counted.
 *
 * <p>{@code new LineageReference(List.of(YHaplotype.parse("DYS19=14")), List.of()).y().size()} is 1.
 *
 * @param y the Y-STR haplotypes of the set
 * @param mito the mtDNA profiles of the set
 */
public record LineageReference(List<YHaplotype> y, List<MitoProfile> mito) {

    public LineageReference {
        y = List.copyOf(y);
        mito = List.copyOf(mito);
    }
}
