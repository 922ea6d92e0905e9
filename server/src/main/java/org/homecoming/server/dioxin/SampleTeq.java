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
 * s.lab();                            // the laboratory's own TEQ beside ours, or null
 * }</pre>
 */
public record SampleTeq(DioxinSample sample, TeqResult teq, List<ThresholdClassification> classifications,
        LabComparison lab) {

    /**
     * The laboratory's own TEQ beside ours under the scheme it used ({@code null} when it did not say: then ours
     * is under the requested scheme, named in {@code comparedUnder}), both at the requested non-detect bound.
     */
    public record LabComparison(double labTeq, String labTef, String comparedUnder, double ours) {

        /** (lab − ours) / ours; 0 when both are 0. */
        public double relativeDifference() {
            return ours == 0 ? (labTeq == 0 ? 0 : Double.POSITIVE_INFINITY) : (labTeq - ours) / ours;
        }
    }
}
