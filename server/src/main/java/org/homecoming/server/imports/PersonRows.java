package org.homecoming.server.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonForm;
import org.homecoming.server.registry.PersonRules;
import org.homecoming.server.registry.PersonStatus;

/**
 * Checks one row of {@code missing_persons.csv} and turns it into a {@link MissingPerson} as the form
 * does ({@link PersonForm#toPerson}), with the registry's rules across fields ({@link PersonRules})
 * worded as import problems. A row
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
        PersonForm f = new PersonForm();
        f.setSide(r.oneOf("side", Set.of("VN", "US"), true));
        f.setFullName(r.text("full_name", true));
        f.setFamilyName(r.text("family_name", true));
        f.setMiddleName(r.text("middle_name", false));
        f.setGivenName(r.text("given_name", true));
        String aliases = r.text("aliases", false);
        f.setSex(r.oneOf("sex", Set.of("M", "F"), true));
        f.setBirthDate(r.partialDate("birth_date"));
        f.setHomeCommune(r.text("home_commune", false));
        f.setHomeDistrict(r.text("home_district", false));
        f.setHomeProvince(r.text("home_province", false));
        f.setServiceNumber(r.text("service_number", false));
        f.setUnit(r.text("unit", false));
        f.setRank(r.text("rank", false));
        f.setLossDate(r.partialDate("loss_date"));
        f.setLossPlace(r.text("loss_place", false));
        f.setLossLat(r.decimal("loss_lat", false, -90, 90));
        f.setLossLon(r.decimal("loss_lon", false, -180, 180));
        f.setLossPrecisionM(r.integer("loss_precision_m", false, 0, Integer.MAX_VALUE));
        f.setCircumstances(r.text("circumstances", false));
        String status = r.oneOf("status", STATUSES, true);
        f.setSource(r.text("source", true));
        // a row's status is checked below: one that stands on evidence (REPATRIATED among them) is refused outright
        for (PersonRules.Problem p : PersonRules.check(new PersonRules.Facts(f.getSide(), f.getBirthDate(),
                f.getLossDate(), r.given("loss_lat"), r.given("loss_lon"),
                f.getLossLon() == null ? null : f.getLossLat(), f.getLossPrecisionM(), null, null))) {
            r.problem(column(p.field()), words(p, f));
        }
        if (status != null && PersonStatus.valueOf(status).standsOnEvidence()) {
            r.problem("status", status + " is set only by " + PersonStatus.valueOf(status).evidence()
                    + " recorded in the registry; import the person as MISSING, REMAINS_RECOVERED or"
                    + " UNDER_IDENTIFICATION and record the evidence there");
            status = null;
        }
        if (id == null || f.getSide() == null || f.getFullName() == null || f.getFamilyName() == null
                || f.getGivenName() == null || f.getSex() == null || status == null || f.getSource() == null) {
            return;
        }
        f.setStatus(status);
        List<String> aliasList = aliases == null ? List.of() : Arrays.stream(aliases.split(";")).filter(a -> !a.isBlank()).toList();
        data.persons.add(new ProgrammeData.PersonRow(f.toPerson(0, id, 0, UnaryOperator.identity()), aliasList));
    }

    /** A rule broken, in the words of docs/formats.md (column names, the values as given). */
    private static String words(PersonRules.Problem p, PersonForm f) {
        return switch (p.rule()) {
            case COORDINATE_PAIR -> "both or neither of loss_lat, loss_lon";
            case PRECISION_REQUIRED -> "required when coordinates are given";
            case LOSS_BEFORE_BIRTH -> "must be after birth_date " + f.getBirthDate() + ": '" + f.getLossDate() + "'";
            default -> p.message();
        };
    }

    /** The column of a form field: {@code lossPrecisionM} is {@code loss_precision_m}. */
    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
