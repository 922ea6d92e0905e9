package org.homecoming.server.landrelease.area;

import java.util.List;
import org.homecoming.server.landrelease.DeviceCategory;

/**
 * A hazardous area with everything recorded about it: evidence, devices, points, status history and the overlaps
 * with areas the reader sees.
 *
 * <pre>{@code
 * HazardAreaDetail d = service.detail(42);
 * d.history().get(0).reason(); // "recorded"
 * }</pre>
 */
public record HazardAreaDetail(HazardArea area, List<EvidenceKind> evidence, List<DeviceCategory> devices,
        List<HazardPoint> points, List<AreaStatusChange> history, List<Overlap> overlaps) {
}
