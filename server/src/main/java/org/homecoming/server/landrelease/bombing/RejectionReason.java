package org.homecoming.server.landrelease.bombing;

/**
 * Why a row of a THOR file was not imported; the import report counts rows by reason.
 *
 * <pre>{@code
 * rejections.reject(RejectionReason.MISSING_DATE, 12, "MSNDATE", "");
 * }</pre>
 *
 * <p>A row is rejected for the first problem found, in the order listed here.
 */
public enum RejectionReason {
    /** {@code THOR_DATA_VIET_ID} empty: the row cannot be keyed, so a re-import could not recognise it. */
    MISSING_ID,
    /** {@code MSNDATE} empty or -1. */
    MISSING_DATE,
    /** {@code MSNDATE} neither {@code yyyy-MM-dd} nor {@code yyyyMMdd}, or no such day. */
    BAD_DATE,
    /** Target latitude or longitude empty or -1. */
    MISSING_COORDINATES,
    /** A number that does not parse, or a count that is negative (other than -1, which means missing). */
    BAD_NUMBER,
    /** Coordinates outside the bounding box of the target country ({@code thor-country-boxes.csv}). */
    OUTSIDE_COUNTRY
}
