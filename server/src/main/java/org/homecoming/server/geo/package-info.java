/**
 * Places: geometry checks on WKT (JTS), distances, and the mapping of recorded (pre-2025)
 * provinces to the present ones; the site map page.
 *
 * <p>Main types: {@link org.homecoming.server.geo.Geometries}, {@link org.homecoming.server.geo.ProvinceMap}.
 *
 * <pre>{@code
 * provinceMap.current("Tỉnh Hà Giang"); // Optional["Tuyên Quang"]
 * }</pre>
 */
package org.homecoming.server.geo;
