package org.homecoming.server.dioxin;

import java.util.List;
import org.homecoming.dioxin.ThresholdClassification;
import org.homecoming.dioxin.TeqResult;

/**
 * A sample's TEQ under one TEF scheme and non-detect bound, with the scheme and bound stored beside it, and its
 * classification against every threshold set in force for its zone's land class and its date.
 *
 * <pre>{@code
 * s.teq().teq();                      // pg/g TEQ at the requested bound
 * s.classifications().get(0).exceeds();
 * }</pre>
 */
public record SampleTeq(DioxinSample sample, TeqResult teq, List<ThresholdClassification> classifications) {
}
