/**
 * Geostatistics for a contaminated site: where the soil is above a threshold and how much of it there is.
 *
 * <p>Samples of one depth layer become {@link org.homecoming.dioxin.geostat.Observation}s on a
 * {@link org.homecoming.dioxin.geostat.LocalPlane} (metres); their
 * {@link org.homecoming.dioxin.geostat.EmpiricalVariogram} is fitted by
 * {@link org.homecoming.dioxin.geostat.VariogramFitter}; {@link org.homecoming.dioxin.geostat.OrdinaryKriging}
 * (with {@link org.homecoming.dioxin.geostat.InverseDistanceWeighting} for comparison, both cross-validated)
 * estimates every cell of a {@link org.homecoming.dioxin.geostat.Grid} over the site's
 * {@link org.homecoming.dioxin.geostat.Region}; {@link org.homecoming.dioxin.geostat.VolumeEstimator} turns the
 * estimates and their kriging variances into the area and volume above the threshold with a range, and
 * {@link org.homecoming.dioxin.geostat.SamplingAdvisor} names where another sample would narrow that range most.
 * Concentrations are kriged as log10 values (soil dioxin is close to log-normal). See docs/dioxin.md.
 */
package org.homecoming.dioxin.geostat;
