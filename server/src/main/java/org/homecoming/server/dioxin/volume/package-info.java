/**
 * How much soil of a dioxin site is above a threshold, and where to sample next (docs/dioxin.md, "Volume above a
 * threshold"): the site's samples of each depth layer kriged by the {@code org.homecoming.dioxin.geostat} engine
 * over the site outline, the estimate shown with its variogram and cross-validation, drawn as hotspots on a map,
 * and saved with every input so that it can be recomputed.
 *
 * <p>Main types: {@link org.homecoming.server.dioxin.volume.VolumeService},
 * {@link org.homecoming.server.dioxin.volume.VolumeInputs}, {@link org.homecoming.server.dioxin.volume.SiteVolume}.
 */
package org.homecoming.server.dioxin.volume;
