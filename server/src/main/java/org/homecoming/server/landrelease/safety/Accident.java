package org.homecoming.server.landrelease.safety;

import java.time.LocalDate;
import java.util.List;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.security.Side;

/**
 * An explosive-ordnance accident with its victims; {@code victims} holds only those the reader may see in detail,
 * {@code killed} and {@code injured} count all.
 *
 * <pre>{@code
 * accident.killed() + accident.injured(); // the casualties
 * }</pre>
 */
public record Accident(long id, String ref, double lat, double lon, LocalDate occurredOn, DeviceCategory device,
        ActivityAtTime activityAtTime, boolean deminingAccident, Long hazardAreaId, String province, String description,
        Side side, boolean shared, int killed, int injured, List<AccidentVictim> victims) {
}
