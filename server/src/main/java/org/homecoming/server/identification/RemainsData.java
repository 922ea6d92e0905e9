package org.homecoming.server.identification;

import java.util.Map;
import org.homecoming.kinship.locus.Genotype;

/**
 * The genetic data of one set of remains as a search sees it: autosomal calls (first sample wins
 * per locus), whether any call is degraded, the Y-STR and mtDNA haplotypes, and a fingerprint of all
 * of it ({@code hash}) that changes whenever the data do.
 */
record RemainsData(long id, String ref, long siteId, String sexEstimate, Map<String, Genotype> calls, boolean degraded,
        String yStr, String mtDna, String hash) {
}
