package org.homecoming.kinship.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homecoming.kinship.pedigree.Sex;

/**
 * What the registry says about one missing person that bears on remains without DNA: sex, names,
 * age at loss and where the loss happened.
 *
 * <pre>{@code
 * new MissingContext("MP-1", Sex.MALE, List.of("Nguyễn Văn An", "Nguyen Van An"),
 *         Optional.of(new AgeRange(19, 21)), Optional.of(new LossPlace(new GeoPoint(16.7, 107.1), 5000)));
 * }</pre>
 *
 * @param names the full name first, then the aliases, as written in the registry
 * @param ageAtLoss empty when the birth or loss date is unknown
 * @param lossPlace empty when the registry has no coordinates
 */
public record MissingContext(String id, Sex sex, List<String> names, Optional<AgeRange> ageAtLoss,
        Optional<LossPlace> lossPlace) {

    public MissingContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sex, "sex");
        names = List.copyOf(names);
        Objects.requireNonNull(ageAtLoss, "ageAtLoss");
        Objects.requireNonNull(lossPlace, "lossPlace");
    }

    /**
     * Where a person was lost.
     *
     * <p>{@code new LossPlace(new GeoPoint(16.7, 107.1), 5000)}
     *
     * @param precisionMetres radius within which the loss place lies (read as a 95 % radius)
     */
    public record LossPlace(GeoPoint point, double precisionMetres) {

        public LossPlace {
            Objects.requireNonNull(point, "point");
            if (!(precisionMetres >= 0) || Double.isInfinite(precisionMetres)) {
                throw new IllegalArgumentException("loss precision must be finite and >= 0: " + precisionMetres);
            }
        }
    }
}
