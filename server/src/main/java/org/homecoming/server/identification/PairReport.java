package org.homecoming.server.identification;

import java.util.List;

/**
 * The full evidence of a pair recomputed from its record: per-marker LRs and the total, the
 * lineage comparisons and the combined LR, and whether the recomputation reproduces the stored LR.
 *
 * @param reproduced the recomputed autosomal log10 LR equals the stored one to 1e-9 relative
 * @param dataChanged the genetic data differ from those the search compared
 * @param lineageSet the population set the lineage frequencies were counted in (the search job's),
 *     or null when the job had none and they were counted among the registry's own references
 */
public record PairReport(List<MarkerRow> markers, double log10Lr, List<LineageRow> lineage, double combinedLog10Lr,
        List<String> incompatibleMarkers, boolean reproduced, boolean dataChanged, List<String> notes,
        StoredLineageReference lineageSet) {
}
