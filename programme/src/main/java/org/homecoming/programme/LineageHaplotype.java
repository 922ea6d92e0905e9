package org.homecoming.programme;

/**
 * One row of {@code lineage.csv}: a Y-STR or mtDNA haplotype of one sample, in the syntax of docs/formats.md.
 *
 * <p>{@code new LineageHaplotype("DNA-FM-00000001", "FAMILY_MEMBER", "FM-00000001", "MTDNA", "16024-576:16223T 73G")}
 */
public record LineageHaplotype(String sampleId, String subjectType, String subjectId, String markerType,
        String value) {
}
