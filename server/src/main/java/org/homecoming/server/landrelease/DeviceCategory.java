package org.homecoming.server.landrelease;

/**
 * The kinds of explosive ordnance a hazardous area, a find or an accident names, as the GICHD minimum
 * data requirements group them. Labels: {@code device.CATEGORY} in both bundles.
 */
public enum DeviceCategory {
    LANDMINE_AP, LANDMINE_AT, CLUSTER_MUNITION, UXO_BOMB, UXO_PROJECTILE, UXO_MORTAR, UXO_ROCKET, UXO_GRENADE,
    UXO_OTHER, ABANDONED_ORDNANCE, UNKNOWN
}
