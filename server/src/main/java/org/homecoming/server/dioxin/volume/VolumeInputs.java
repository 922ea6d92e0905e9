package org.homecoming.server.dioxin.volume;

import java.util.List;

/**
 * Everything a volume estimate is computed from, kept with a saved estimate so it can be recomputed exactly:
 * the threshold, TEF scheme and non-detect bound, the cell size, the region (WKT, lon lat) and whether it is the
 * site's outline or the samples' convex hull, and each sample's place, depth layer and TEQ as they were.
 *
 * <pre>{@code
 * SiteVolume again = calculation.compute(saved.inputs());
 * }</pre>
 */
public record VolumeInputs(String site, String campaign, double thresholdPgPerG, String tef, String bound,
        double cellSizeM, String regionSource, String regionWkt, List<Sample> samples) {

    /** Where the region came from. */
    public static final String OUTLINE = "outline";
    public static final String CONVEX_HULL = "convex-hull";

    /** A sample as kriged: its reference, place, depth layer (m) and TEQ (pg/g). */
    public record Sample(String ref, double lat, double lon, double top, double bottom, double teq) {
    }

    public VolumeInputs {
        samples = List.copyOf(samples);
    }
}
