package org.homecoming.kinship.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homecoming.kinship.pedigree.Sex;

/**
 * What the recovery record says about one set of remains besides DNA: where they lay, the
 * anthropologist's sex and age estimates, and the objects found with them.
 *
 * <pre>{@code
 * new RemainsContext("R-1", Optional.of(new GeoPoint(16.7, 107.1)), 30, false, Sex.MALE,
 *         Optional.of(new AgeRange(20, 26)), List.of("bi đông khắc tên Nguyễn Văn An"));
 * }</pre>
 *
 * @param recovery the recovery coordinates, or else the site's; empty when neither is known
 * @param precisionMetres radius of the recovery coordinates (0 when the site's point stands for them)
 * @param cemetery whether the remains were recovered from a cemetery, where they were brought after death
 * @param sexEstimate {@link Sex#UNKNOWN} when undetermined
 * @param ageAtDeath empty when not estimated
 */
public record RemainsContext(String id, Optional<GeoPoint> recovery, double precisionMetres, boolean cemetery,
        Sex sexEstimate, Optional<AgeRange> ageAtDeath, List<String> artifacts) {

    public RemainsContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recovery, "recovery");
        if (!(precisionMetres >= 0) || Double.isInfinite(precisionMetres)) {
            throw new IllegalArgumentException("recovery precision must be finite and >= 0: " + precisionMetres);
        }
        Objects.requireNonNull(sexEstimate, "sexEstimate");
        Objects.requireNonNull(ageAtDeath, "ageAtDeath");
        artifacts = List.copyOf(artifacts);
    }
}
