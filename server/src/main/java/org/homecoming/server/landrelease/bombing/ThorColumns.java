package org.homecoming.server.landrelease.bombing;

import java.util.List;
import java.util.Map;

/**
 * Where each column the layer reads sits in a THOR file, found by header name so that any column order
 * works and other columns are ignored.
 *
 * <pre>{@code
 * ThorColumns c = ThorColumns.of("thor.csv", parser.getHeaderMap());
 * record.get(c.lat());
 * }</pre>
 *
 * <p>The key, date and coordinates are required; an optional column that is absent reads as empty ({@code -1}).
 */
record ThorColumns(int id, int date, int lat, int lon, int weaponType, int weaponClass, int weaponWeight,
        int delivered, int jettisoned, int country, int targetType, int operation, int missionFunction) {

    static final String ID = "THOR_DATA_VIET_ID";
    static final String DATE = "MSNDATE";
    static final String LAT = "TGTLATDD_DDD_WGS84";
    static final String LON = "TGTLONDDD_DDD_WGS84";
    static final String WEAPON_TYPE = "WEAPONTYPE";
    static final String WEAPON_CLASS = "WEAPONTYPECLASS";
    static final String WEAPON_WEIGHT = "WEAPONTYPEWEIGHT";
    static final String DELIVERED = "NUMWEAPONSDELIVERED";
    static final String JETTISONED = "NUMWEAPONSJETTISONED";
    static final String COUNTRY = "TGTCOUNTRY";
    static final String TARGET_TYPE = "TGTTYPE";
    static final String OPERATION = "OPERATIONSUPPORTED";
    static final String FUNCTION = "MFUNC_DESC";
    static final List<String> REQUIRED = List.of(ID, DATE, LAT, LON);

    /** The positions in {@code header} (name to index); a required column missing is {@code FILE:1: NAME: missing column}. */
    static ThorColumns of(String file, Map<String, Integer> header) {
        for (String name : REQUIRED) {
            if (!header.containsKey(name)) {
                throw new IllegalArgumentException(file + ":1: " + name + ": missing column (the THOR header names "
                        + String.join(", ", REQUIRED) + " are required)");
            }
        }
        return new ThorColumns(header.get(ID), header.get(DATE), header.get(LAT), header.get(LON),
                optional(header, WEAPON_TYPE), optional(header, WEAPON_CLASS), optional(header, WEAPON_WEIGHT),
                optional(header, DELIVERED), optional(header, JETTISONED), optional(header, COUNTRY),
                optional(header, TARGET_TYPE), optional(header, OPERATION), optional(header, FUNCTION));
    }

    private static int optional(Map<String, Integer> header, String name) {
        return header.getOrDefault(name, -1);
    }
}
