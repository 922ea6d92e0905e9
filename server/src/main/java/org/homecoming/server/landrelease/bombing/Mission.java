package org.homecoming.server.landrelease.bombing;

import java.time.LocalDate;

/**
 * One THOR row as stored: the mission's key, date, target and weapons; a missing number is {@code null}.
 *
 * <pre>{@code
 * new Mission(351, LocalDate.of(1968, 3, 2), 16.75, 107.1, "CBU-24", "CBU", 800, 4, null,
 *         "SOUTH VIETNAM", "TRUCKS", "ROLLING THUNDER", "STRIKE");
 * }</pre>
 */
public record Mission(long thorId, LocalDate date, double lat, double lon, String weaponType, String weaponClass,
        Integer weaponWeight, Integer weaponsDelivered, Integer weaponsJettisoned, String targetCountry,
        String targetType, String operation, String missionFunction) {
}
