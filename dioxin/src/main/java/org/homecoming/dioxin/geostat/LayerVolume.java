package org.homecoming.dioxin.geostat;

import java.util.List;

/**
 * The estimate of one depth layer: the variogram fitted, both interpolators' cross-validation, and the area above
 * the threshold by the kriged median, with the range from the cells confidently above ({@code low}) to the
 * cells possibly above ({@code high}), the expected area, and inverse distance weighting's area for comparison.
 *
 * <pre>{@code
 * layer.volumeM3(); // areaM2 × thickness
 * }</pre>
 *
 * <p>Areas are counts of cells times the cell area; volumes are areas times the layer's thickness.
 */
public record LayerVolume(DepthLayer layer, int observations, VariogramFitter.Fit fit, CrossValidation kriging,
        CrossValidation idw, double cellArea, int cells, double areaM2, double lowAreaM2, double highAreaM2,
        double expectedAreaM2, double idwAreaM2, List<CellEstimate> estimates) {

    public LayerVolume {
        estimates = List.copyOf(estimates);
    }

    public double regionAreaM2() {
        return cells * cellArea;
    }

    public double volumeM3() {
        return areaM2 * layer.thickness();
    }

    public double lowM3() {
        return lowAreaM2 * layer.thickness();
    }

    public double highM3() {
        return highAreaM2 * layer.thickness();
    }

    public double expectedM3() {
        return expectedAreaM2 * layer.thickness();
    }

    public double idwM3() {
        return idwAreaM2 * layer.thickness();
    }
}
