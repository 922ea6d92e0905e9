package org.homecoming.server.landrelease.area;

import org.homecoming.server.landrelease.bombing.GeoBox;

/**
 * What a list of hazardous areas is narrowed to; each part is optional (null: any).
 *
 * <pre>{@code
 * new HazardAreaFilter("Quảng Trị", AreaStatus.OPEN, null, GeoBox.parse("106.9,16.7,107.2,16.9"));
 * }</pre>
 *
 * <p>The box keeps the areas whose bounding box meets it.
 */
public record HazardAreaFilter(String province, AreaStatus status, AreaClass areaClass, GeoBox bbox) {

    public static final HazardAreaFilter ALL = new HazardAreaFilter(null, null, null, null);
}
