package org.homecoming.dioxin;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The results of one sample as the laboratory reported them, with the laboratory's own TEQ (pg/g or the basis's
 * TEQ unit) and the scheme it used, where it reported them, kept to compare with ours.
 *
 * <p>{@code new SampleResults("DN-12", List.of(Measurement.detected("2,3,7,8-TCDD", 40, Unit.PG_PER_G)))}
 */
public record SampleResults(String id, List<Measurement> measurements, OptionalDouble labTeq, Optional<TefSchemeId> labTef) {

    /** Results without a laboratory TEQ. */
    public SampleResults(String id, List<Measurement> measurements) {
        this(id, measurements, OptionalDouble.empty(), Optional.empty());
    }

    public SampleResults {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("sample id must not be blank: " + id);
        }
        measurements = List.copyOf(measurements);
        if (labTeq == null || labTef == null) {
            throw new IllegalArgumentException("the laboratory TEQ and its scheme must be given (possibly empty) for " + id);
        }
        if (labTeq.isPresent() && !(labTeq.getAsDouble() >= 0 && Double.isFinite(labTeq.getAsDouble()))) {
            throw new IllegalArgumentException("the laboratory TEQ must be a finite number >= 0: " + id);
        }
    }
}
