package org.homecoming.server.landrelease.area;

import java.util.List;
import org.homecoming.server.landrelease.DeviceCategory;

/**
 * A checked hazardous area ready to be stored: every default filled in, the outline valid (or absent for a
 * points-only area), areas in m² on the ellipsoid.
 *
 * <pre>{@code
 * HazardAreaDraft.read(feature, geometry, provinces).area(); // a NewHazardArea
 * }</pre>
 */
public record NewHazardArea(String name, AreaClass areaClass, AreaStatus status, String wkt, BoundingBox box,
        double estimatedAreaM2, double remainingAreaM2, boolean outsideCountry, Places places, String organisation,
        Beneficiaries beneficiaries, List<EvidenceKind> evidence, List<DeviceCategory> devices,
        List<HazardPoint> points) {

    public NewHazardArea {
        evidence = List.copyOf(evidence);
        devices = List.copyOf(devices);
        points = List.copyOf(points);
    }
}
