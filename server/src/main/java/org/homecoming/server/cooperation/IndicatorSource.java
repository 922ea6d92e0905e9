package org.homecoming.server.cooperation;

/**
 * Where an indicator's actual comes from: typed by hand ({@link #MANUAL}), or counted from a pillar's own records —
 * remains recovered, persons identified and repatriated (registry), archive items shared with each side (archive),
 * hectares released and ordnance destroyed (land release), m³ of soil treated (dioxin), persons assisted (disability
 * assistance).
 *
 * <pre>{@code
 * IndicatorSource.HECTARES_RELEASED.computed(); // true
 * }</pre>
 */
public enum IndicatorSource {
    MANUAL, REMAINS_RECOVERED, PERSONS_IDENTIFIED, PERSONS_REPATRIATED, ARCHIVE_SHARED_WITH_US, ARCHIVE_SHARED_WITH_VN,
    HECTARES_RELEASED, ORDNANCE_DESTROYED, SOIL_TREATED_M3, PERSONS_ASSISTED;

    public boolean computed() {
        return this != MANUAL;
    }
}
