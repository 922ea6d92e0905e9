/**
 * Hazardous areas (issue 13, "Land"): their class, outline or evidence points, areas on the ellipsoid,
 * evidence, devices, status history, overlaps flagged for review and the province they lie in before and
 * after the 2025 merger (docs/land-release/hazard-areas.md).
 *
 * <p>{@link org.homecoming.server.landrelease.area.AreaGeometry} refuses broken outlines with a message
 * naming the problem, {@link org.homecoming.server.landrelease.area.EllipsoidArea} measures them on the
 * WGS 84 ellipsoid.
 */
package org.homecoming.server.landrelease.area;
