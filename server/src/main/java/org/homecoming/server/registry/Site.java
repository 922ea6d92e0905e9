package org.homecoming.server.registry;

/**
 * A grave, cemetery, crash or battle site: a point and, where known, an outline (WKT, lon/lat).
 *
 * <pre>{@code
 * new Site(0, "S-1", "CEMETERY", "Nghĩa trang liệt sĩ Trường Sơn", "Tỉnh Quảng Trị", 16.93, 106.87, null, 0);
 * }</pre>
 */
public record Site(long id, String ref, String kind, String name, String province, double lat, double lon, String wkt,
        int version) {
}
