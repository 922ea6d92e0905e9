package org.homecoming.programme;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.homecoming.kinship.evidence.GeoPoint;

/**
 * One row of {@code missing_persons.csv}: a person missing since the war, as the records describe them.
 *
 * <p>{@code person.fullName()} is e.g. {@code "Nguyễn Văn An"}; text fields absent from the record are empty strings.
 */
public record MissingPersonRow(String id, String side, String fullName, String familyName, String middleName,
        String givenName, List<String> aliases, String sex, Optional<PartialDate> birthDate, String homeCommune,
        String homeDistrict, String homeProvince, String serviceNumber, String unit, String rank,
        Optional<PartialDate> lossDate, String lossPlace, Optional<GeoPoint> lossPoint, OptionalInt lossPrecisionM,
        String circumstances, String status, String source) {

    public MissingPersonRow {
        aliases = List.copyOf(aliases);
    }
}
