/**
 * Dioxin remediation arithmetic: toxic equivalents of laboratory results and their classification against
 * threshold sets. Plain Java; all factors and limits are data files beside the classes, each naming its source.
 *
 * <p>Main types: {@link org.homecoming.dioxin.TeqCalculator} (TEQ = Σ concentration × TEF under a
 * {@link org.homecoming.dioxin.TefScheme} and a {@link org.homecoming.dioxin.NonDetectBound}, giving a
 * {@link org.homecoming.dioxin.TeqResult}), {@link org.homecoming.dioxin.Congeners} (the 29 congeners by name or
 * CAS number), {@link org.homecoming.dioxin.Unit}, {@link org.homecoming.dioxin.ThresholdSets} (classification by
 * land class, date and matrix) and {@link org.homecoming.dioxin.ResultsCsvReader} (the minimal results CSV).
 * See docs/dioxin.md.
 */
package org.homecoming.dioxin;
