package org.homecoming.server.registry;

import java.util.List;

/**
 * The DNA profile of one sample: autosomal STR calls (kit, loci, alleles, quality), the Y-STR and
 * mtDNA haplotypes, and quality flags. Shown to laboratory analysts only.
 *
 * <pre>{@code
 * profile.calls().get(0); // StrCall[locus=D3S1358, allele1=15, allele2=16, quality=OK]
 * }</pre>
 */
public record GeneticProfile(long sampleId, String sampleRef, String kit, List<StrCall> calls, String yStr,
        String mtDna, boolean degraded) {

    /** One autosomal locus called. */
    public record StrCall(String locus, String allele1, String allele2, String quality) {
    }
}
