package org.homecoming.programme;

import org.homecoming.kinship.evidence.GeoPoint;
/**
 * One row of {@code sites.csv}: a place where remains were recovered.
 *
 * <p>{@code new SiteRow("S-000001", "CEMETERY", "Nghĩa trang liệt sĩ Quảng Trị", "Tỉnh Quảng Trị", point, "POLYGON ((...))")}
 *
 * <p>{@code wkt} is empty when the site has no outline.
 */
public record SiteRow(String id, String kind, String name, String province, GeoPoint location, String wkt) {
}
