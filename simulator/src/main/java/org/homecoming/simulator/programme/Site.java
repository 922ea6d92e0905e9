package org.homecoming.simulator.programme;

/**
 * One row of {@code sites.csv}: a place where remains were recovered.
 *
 * <p>{@code new Site("S-000001", "CEMETERY", "Nghĩa trang liệt sĩ Quảng Trị", "Tỉnh Quảng Trị", point, "POLYGON ((...))")}
 *
 * <p>{@code wkt} is empty when the site has no outline.
 */
public record Site(String id, String kind, String name, String province, GeoPoint location, String wkt) {
}
