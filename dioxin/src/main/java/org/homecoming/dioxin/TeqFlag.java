package org.homecoming.dioxin;

/**
 * A warning attached to a TEQ that a reader of the number must see.
 *
 * <p>{@code result.flags().contains(TeqFlag.NON_DETECTS_OVER_80_PERCENT)}
 */
public enum TeqFlag {
    /**
     * Upper and lower bound differ by more than 20% of the upper bound: under the EU confirmation rule
     * (Regulation (EU) 2017/644, Annex III) such a result cannot confirm an exceedance.
     */
    UPPER_LOWER_DIFFER_OVER_20_PERCENT,
    /** More than 80% of the upper-bound TEQ comes from non-detects: the number says more about the limits than the soil. */
    NON_DETECTS_OVER_80_PERCENT
}
