package org.homecoming.server.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonStatus;
import org.homecoming.server.security.Side;

/**
 * Checks one row of {@code missing_persons.csv} and turns it into a {@link MissingPerson}. A row
 * whose status stands on evidence (IDENTIFIED and after) is refused: the file carries no evidence
 * record, and a status the registry cannot back would be counted as an identification.
 */
final class PersonRows {

    static final Set<String> STATUSES = Set.of("MISSING", "REMAINS_RECOVERED", "UNDER_IDENTIFICATION", "IDENTIFIED",
            "FAMILY_NOTIFIED", "REBURIED", "REPATRIATED");

    private PersonRows() {
    }

    static void read(Row r, ProgrammeData data, ImportReader.Refs refs) {
        String id = r.identifier("id", true);
        if (id != null && (refs.person(id) || !refs.persons.add(id))) {
            r.problem("id", "duplicate id '" + id + "'");
            id = null;
        }
        String side = r.oneOf("side", Set.of("VN", "US"), true);
        String fullName = r.text("full_name", true);
        String family = r.text("family_name", true);
        String middle = r.text("middle_name", false);
        String given = r.text("given_name", true);
        String aliases = r.text("aliases", false);
        String sex = r.oneOf("sex", Set.of("M", "F"), true);
        String birth = r.partialDate("birth_date");
        String commune = r.text("home_commune", false);
        String district = r.text("home_district", false);
        String province = r.text("home_province", false);
        String service = r.text("service_number", false);
        String unit = r.text("unit", false);
        String rank = r.text("rank", false);
        String loss = r.partialDate("loss_date");
        String lossPlace = r.text("loss_place", false);
        Double lat = r.decimal("loss_lat", false, -90, 90);
        Double lon = r.decimal("loss_lon", false, -180, 180);
        Integer precision = r.integer("loss_precision_m", false, 0, Integer.MAX_VALUE);
        String circumstances = r.text("circumstances", false);
        String status = r.oneOf("status", STATUSES, true);
        String source = r.text("source", true);
        if (r.pairedCoordinates(lat, lon, "loss_lat", "loss_lon") && precision == null) {
            r.problem("loss_precision_m", "required when coordinates are given");
        }
        if (birth != null && loss != null && !PartialDate.after(loss, birth)) {
            r.problem("loss_date", "must be after birth_date " + birth + ": '" + loss + "'");
        }
        if (status != null && PersonStatus.valueOf(status).standsOnEvidence()) {
            r.problem("status", status + " is set only by " + PersonStatus.valueOf(status).evidence()
                    + " recorded in the registry; import the person as MISSING, REMAINS_RECOVERED or"
                    + " UNDER_IDENTIFICATION and record the evidence there");
            status = null;
        }
        if (id == null || side == null || fullName == null || family == null || given == null || sex == null
                || status == null || source == null) {
            return;
        }
        List<String> aliasList = aliases == null ? List.of() : Arrays.stream(aliases.split(";")).filter(a -> !a.isBlank()).toList();
        data.persons.add(new ProgrammeData.PersonRow(new MissingPerson(0, id, Side.valueOf(side), fullName, family,
                middle, given, sex, birth, birth == null ? null : PartialDate.year(birth), commune, district, province,
                null, service, unit, rank, loss, loss == null ? null : PartialDate.year(loss), lossPlace, lat, lon,
                precision, null, circumstances, null, PersonStatus.valueOf(status), source, null, 0), aliasList));
    }
}
