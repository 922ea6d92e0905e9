/**
 * Places: geometry checks on WKT (JTS), distances, and the mapping of recorded (pre-2025)
 * provinces to the present ones, the province (before and after 2025) containing a point; the site map page.
 *
 * <p>Main types: {@link org.homecoming.server.geo.Geometries}, {@link org.homecoming.server.geo.ProvinceMap}, {@link org.homecoming.server.geo.GeoJsonGeometry},
 * {@link org.homecoming.server.geo.ProvinceLocator}.
 *
 * <pre>{@code
 * provinceMap.current("Tỉnh Hà Giang"); // Optional["Tuyên Quang"]
 * }</pre>
 */
package org.homecoming.server.geo;
