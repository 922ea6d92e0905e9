package org.homecoming.kinship.dvi;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One cell of the pairwise matrix: the LR of "victim is this missing person" against "victim is
 * unrelated to the family", or no LR when their sexes rule the pairing out.
 *
 * <pre>{@code
 * Pairing p = table.get("V2", "M2");
 * double lr = p.lr().orElse(Double.NaN);   // 5 in dvir's example2
 * }</pre>
 *
 * @param lr empty when the sexes are incompatible (dvir's NA)
 * @param incompatibleMarkers the loci at which the victim cannot be the missing person without a
 *     mutation, in locus order; empty when sex-incompatible
 * @param excluded more than the allowed number of incompatible markers
 */
public record Pairing(String victim, String missing, String family, OptionalDouble lr,
        List<String> incompatibleMarkers, boolean excluded) {

    public Pairing {
        Objects.requireNonNull(victim, "victim");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(lr, "lr");
        incompatibleMarkers = List.copyOf(incompatibleMarkers);
    }

    static Pairing sexIncompatible(String victim, String missing, String family) {
        return new Pairing(victim, missing, family, OptionalDouble.empty(), List.of(), false);
    }

    /** False when the sexes of victim and missing person differ (both known). */
    public boolean sexCompatible() {
        return lr.isPresent();
    }
}
