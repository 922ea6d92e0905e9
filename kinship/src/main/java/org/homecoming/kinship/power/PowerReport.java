package org.homecoming.kinship.power;

import java.util.List;

/**
 * The power of a family's references to identify its missing person: exclusion power, the LR to
 * expect if a victim is the missing person, and which untyped relatives would help most.
 *
 * <p>{@code PowerAnalysis.run(pedigree, references, loci, "MP", PowerOptions.defaults())}
 *
 * @param missing the missing person's id
 * @param options the settings that reproduce this report
 * @param markers per marker, in locus order
 * @param exclusion EP per marker and combined
 * @param expectedLog10Lr the exact expected log10 LR over all markers (the sum of the markers')
 * @param baseline the simulated LR distribution with the references as they are
 * @param candidates untyped relatives, best first by mean log10 LR
 * @param incompatibleMarkers markers whose references are incompatible with the pedigree even with
 *     mutation; they are left out of the simulations
 */
public record PowerReport(String missing, PowerOptions options, List<MarkerPower> markers,
        ExclusionPowerResult exclusion, double expectedLog10Lr, LrDistribution baseline,
        List<CandidateReference> candidates, List<String> incompatibleMarkers) {

    public PowerReport {
        markers = List.copyOf(markers);
        candidates = List.copyOf(candidates);
        incompatibleMarkers = List.copyOf(incompatibleMarkers);
    }
}
