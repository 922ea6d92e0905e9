package org.homecoming.server.registry;

import org.homecoming.server.security.Side;

/**
 * A missing person as the registry stores it: the name as written and its parts, birth, home place
 * as recorded and its present-day province, service, loss (place, point or area and precision),
 * circumstances, burial information, status and source.
 *
 * <pre>{@code
 * MissingPerson p = persons.find(42).orElseThrow();
 * p.fullName(); // "Nguyễn Văn Thành"
 * }</pre>
 *
 * <p>{@code mergedInto} is the id of the record this one was merged into, or null. {@code version}
 * increases with each update (optimistic locking).
 */
public record MissingPerson(long id, String ref, Side side, String fullName, String familyName, String middleName,
        String givenName, String sex, String birthDate, Integer birthYear, String homeCommune, String homeDistrict,
        String homeProvince, String homeProvinceCurrent, String serviceNumber, String unit, String rank,
        String lossDate, Integer lossYear, String lossPlace, Double lossLat, Double lossLon, Integer lossPrecisionM,
        String lossAreaWkt, String circumstances, String burialInfo, PersonStatus status, String source,
        Long mergedInto, int version) {

    /** A copy of this person in another status (same version: the store increments it). */
    public MissingPerson withStatus(PersonStatus s) {
        return new MissingPerson(id, ref, side, fullName, familyName, middleName, givenName, sex, birthDate, birthYear,
                homeCommune, homeDistrict, homeProvince, homeProvinceCurrent, serviceNumber, unit, rank, lossDate,
                lossYear, lossPlace, lossLat, lossLon, lossPrecisionM, lossAreaWkt, circumstances, burialInfo, s, source,
                mergedInto, version);
    }

    /** A copy with the parts of the name (family, middle, given) set. */
    public MissingPerson withNameParts(String family, String middle, String given) {
        return new MissingPerson(id, ref, side, fullName, family, middle, given, sex, birthDate, birthYear, homeCommune,
                homeDistrict, homeProvince, homeProvinceCurrent, serviceNumber, unit, rank, lossDate, lossYear, lossPlace,
                lossLat, lossLon, lossPrecisionM, lossAreaWkt, circumstances, burialInfo, status, source, mergedInto,
                version);
    }

    /** A copy with the present-day province of the home place set. */
    public MissingPerson withHomeProvinceCurrent(String province) {
        return new MissingPerson(id, ref, side, fullName, familyName, middleName, givenName, sex, birthDate, birthYear,
                homeCommune, homeDistrict, homeProvince, province, serviceNumber, unit, rank, lossDate, lossYear,
                lossPlace, lossLat, lossLon, lossPrecisionM, lossAreaWkt, circumstances, burialInfo, status, source,
                mergedInto, version);
    }

    /** The home place as recorded, commune to province, comma-separated. */
    public String homePlace() {
        return join(homeCommune, homeDistrict, homeProvince);
    }

    public boolean hasLossPoint() {
        return lossLat != null && lossLon != null;
    }

    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
