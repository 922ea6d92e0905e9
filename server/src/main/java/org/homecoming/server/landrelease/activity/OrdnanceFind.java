package org.homecoming.server.landrelease.activity;

import java.time.LocalDate;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.security.Side;

/**
 * An item (or a group of identical items) of explosive ordnance found, at the place it was found.
 *
 * <pre>{@code
 * find.disposal().destroyed(); // counts in "ordnance destroyed"
 * }</pre>
 */
public record OrdnanceFind(long id, Long activityId, String activityRef, Long hazardAreaId, double lat, double lon,
        String originalCoordinates, CoordinateSystem originalSystem, DeviceCategory category, String model, int quantity,
        ItemCondition condition, Integer depthCm, LocalDate foundOn, Disposal disposal, LocalDate disposedOn,
        String province, Side side, boolean shared) {
}
