package org.homecoming.programme.io;

import java.util.Objects;
import java.util.Optional;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;

/**
 * The lineage haplotypes of one subject (remains or family member) read from {@code lineage.csv}.
 *
 * <p>{@code programme.lineage().get("R-0000001").y().ifPresent(h -> ...)}
 */
public record LineageProfile(Optional<YHaplotype> y, Optional<MitoProfile> mito) {

    public LineageProfile {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(mito, "mito");
    }

    static LineageProfile empty() {
        return new LineageProfile(Optional.empty(), Optional.empty());
    }

    LineageProfile withY(YHaplotype h) {
        return new LineageProfile(Optional.of(h), mito);
    }

    LineageProfile withMito(MitoProfile m) {
        return new LineageProfile(y, Optional.of(m));
    }
}
