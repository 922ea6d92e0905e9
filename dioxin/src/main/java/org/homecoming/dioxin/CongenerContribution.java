package org.homecoming.dioxin;

/**
 * One congener's part in a sample's TEQ: its concentration as counted at the bound (in the basis's unit, e.g.
 * pg/g), its TEF, and concentration × TEF; the parts of a sample add up to its TEQ.
 *
 * <pre>{@code
 * calculator.contributions(results, NonDetectBound.UPPER).get(0).teq();
 * }</pre>
 */
public record CongenerContribution(String congener, boolean detected, double concentration, double tef, double teq) {
}
