package org.homecoming.dioxin;

/**
 * A sample's TEQ held against one threshold in force: which set, which limit, and whether the TEQ exceeds it.
 *
 * <p>{@code "TEQ " + c.teq() + " exceeds " + c.threshold().name() + ": " + c.exceeds()}
 *
 * <p>A TEQ equal to the limit does not exceed it.
 */
public record ThresholdClassification(Threshold threshold, double teq) {

    public boolean exceeds() {
        return teq > threshold.limit();
    }
}
