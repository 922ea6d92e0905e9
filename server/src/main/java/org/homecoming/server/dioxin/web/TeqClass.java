package org.homecoming.server.dioxin.web;

import java.util.List;
import org.homecoming.dioxin.Threshold;
import org.homecoming.dioxin.ThresholdPurpose;
import org.homecoming.dioxin.ThresholdSets;

/**
 * The classes samples are coloured by on the map: below the project's cleanup target, between it and the level
 * that requires remediation, and at or above that level. The two limits are read from the threshold sets (150 and
 * 1,000 pg/g TEQ in the shipped file), not written here.
 *
 * <pre>{@code
 * TeqClass.of(1250, limits); // REMEDIATION
 * }</pre>
 */
public enum TeqClass {
    BELOW_TARGET, ABOVE_TARGET, REMEDIATION;

    /** The cleanup target and the remediation level, pg/g TEQ. */
    public record Limits(double target, double remediation) {

        static Limits of(ThresholdSets sets) {
            return new Limits(lowest(sets.all(), ThresholdPurpose.CLEANUP_TARGET),
                    lowest(sets.all(), ThresholdPurpose.REMEDIATION_REQUIRED));
        }

        private static double lowest(List<Threshold> all, ThresholdPurpose purpose) {
            return all.stream().filter(t -> t.purpose() == purpose).mapToDouble(Threshold::limit).min()
                    .orElseThrow(() -> new IllegalStateException("the threshold sets have no " + purpose));
        }
    }

    static TeqClass of(double teq, Limits limits) {
        return teq >= limits.remediation() ? REMEDIATION : teq >= limits.target() ? ABOVE_TARGET : BELOW_TARGET;
    }
}
