package org.homecoming.dioxin.geostat;

/**
 * One grid cell of a layer: the kriged log10 TEQ, its standard deviation, the probability that the cell is above
 * the threshold, and the inverse-distance estimate beside it.
 *
 * <pre>{@code
 * cell.probabilityAbove() > 0.5; // the kriged median is above the threshold
 * }</pre>
 */
public record CellEstimate(int column, int row, double x, double y, double log10Estimate, double standardDeviation,
        double probabilityAbove, double log10Idw) {
}
