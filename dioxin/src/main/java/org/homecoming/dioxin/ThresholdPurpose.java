package org.homecoming.dioxin;

/**
 * What crossing a threshold means.
 *
 * <p>{@code ThresholdPurpose.valueOf("REMEDIATION_REQUIRED")}
 */
public enum ThresholdPurpose {
    /** A legal maximum for the land use. */
    REGULATORY_LIMIT,
    /** Above it the soil must be treated. */
    REMEDIATION_REQUIRED,
    /** A screening or preliminary cleanup goal; above it the site needs a closer look. */
    SCREENING_GOAL,
    /** A project's own target that treated soil must meet. */
    CLEANUP_TARGET
}
