package org.homecoming.server.landrelease.area;

import java.util.List;

/**
 * An area as a list or map shows it: the stored row, and its points when no polygon outlines it.
 *
 * <pre>{@code
 * listed.points().isEmpty(); // true for an area with a polygon
 * }</pre>
 */
public record ListedArea(HazardArea area, List<HazardPoint> points) {
}
