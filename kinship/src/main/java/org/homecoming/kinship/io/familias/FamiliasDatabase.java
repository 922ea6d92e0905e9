package org.homecoming.kinship.io.familias;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frequency database of a {@code .fam} file: its name, θ (Familias' "Theta/Kinship/Fst") and
 * its loci in file order.
 *
 * <p>{@code db.locus("TH01").map(FamiliasLocus::alleles)}
 */
public record FamiliasDatabase(String name, double theta, List<FamiliasLocus> loci) {

    public FamiliasDatabase {
        Objects.requireNonNull(name, "name");
        loci = List.copyOf(loci);
        if (!(theta >= 0 && theta < 1)) {
            throw new IllegalArgumentException("theta must be in [0, 1): " + theta);
        }
    }

    /** The locus named {@code name}, if the database has it. */
    public Optional<FamiliasLocus> locus(String name) {
        return loci.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
