package org.homecoming.dioxin;

import java.util.List;

/**
 * The results of one sample as the laboratory reported them.
 *
 * <p>{@code new SampleResults("DN-12", List.of(Measurement.detected("2,3,7,8-TCDD", 40, Unit.PG_PER_G)))}
 */
public record SampleResults(String id, List<Measurement> measurements) {

    public SampleResults {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("sample id must not be blank: " + id);
        }
        measurements = List.copyOf(measurements);
    }
}
