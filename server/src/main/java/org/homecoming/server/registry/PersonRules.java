package org.homecoming.server.registry;

import org.homecoming.programme.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.geo.Geometries;

/**
 * The rules a missing person's fields keep together, written once for every way a person comes in:
 * real partial dates, loss after birth, both coordinates or neither, a precision with coordinates, a
 * valid loss area, REPATRIATED only for the US side. Each broken rule is a {@link Problem} on a named
 * field; the form, the API and the programme import each word it for their readers.
 *
 * <pre>{@code
 * List<PersonRules.Problem> problems = PersonRules.check(PersonRules.Facts.of(form));
 * problems.get(0); // Problem[field=lossDate, rule=LOSS_BEFORE_BIRTH, message=must be after the birth date]
 * }</pre>
 *
 * <p>The date and coordinate-pair rules are also what the recovery API applies to remains.
 */
public final class PersonRules {

    /** Which rule a problem breaks; the form's message key is {@link #code()}. */
    public enum Rule {
        BAD_DATE("person.badDate"),
        COORDINATE_PAIR("person.coordinatePair"),
        PRECISION_REQUIRED("person.precisionRequired"),
        LOSS_BEFORE_BIRTH("person.lossBeforeBirth"),
        BAD_AREA("person.badArea"),
        REPATRIATED_US_ONLY("person.repatriatedUsOnly");

        private final String code;

        Rule(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A broken rule on {@code field} (a {@link PersonForm} property name), with its English text. */
    public record Problem(String field, Rule rule, String message) {
    }

    /**
     * What the rules look at. {@code latGiven}/{@code lonGiven} say whether a coordinate was entered
     * at all, even one that could not be read; {@code lossLat} is the latitude as read, or null.
     */
    public record Facts(String side, String birthDate, String lossDate, boolean latGiven, boolean lonGiven,
            Double lossLat, Integer lossPrecisionM, String lossAreaWkt, String status) {

        /** The facts of a form as entered. */
        public static Facts of(PersonForm f) {
            return new Facts(f.getSide(), f.getBirthDate(), f.getLossDate(), f.getLossLat() != null,
                    f.getLossLon() != null, f.getLossLat(), f.getLossPrecisionM(), f.getLossAreaWkt(), f.getStatus());
        }
    }

    private PersonRules() {
    }

    /** Every rule the facts break, in the order: dates, coordinates, precision, loss after birth, area, status. */
    public static List<Problem> check(Facts f) {
        List<Problem> out = new ArrayList<>();
        date("birthDate", f.birthDate()).ifPresent(out::add);
        date("lossDate", f.lossDate()).ifPresent(out::add);
        coordinatePair("lossLat", "lossLon", f.latGiven(), f.lonGiven()).ifPresent(out::add);
        if (f.lossLat() != null && f.lossPrecisionM() == null) {
            out.add(new Problem("lossPrecisionM", Rule.PRECISION_REQUIRED, "is required with coordinates"));
        }
        if (f.birthDate() != null && f.lossDate() != null && PartialDate.problem(f.birthDate()) == null
                && PartialDate.problem(f.lossDate()) == null && !PartialDate.after(f.lossDate(), f.birthDate())) {
            out.add(new Problem("lossDate", Rule.LOSS_BEFORE_BIRTH, "must be after the birth date"));
        }
        if (f.lossAreaWkt() != null && Geometries.problem(f.lossAreaWkt()) != null) {
            out.add(new Problem("lossAreaWkt", Rule.BAD_AREA, Geometries.problem(f.lossAreaWkt())));
        }
        if ("REPATRIATED".equals(f.status()) && !"US".equals(f.side())) {
            out.add(new Problem("status", Rule.REPATRIATED_US_ONLY, "REPATRIATED is for the US side only"));
        }
        return out;
    }

    /** A partial date that is no date ({@link PartialDate#problem}); empty for a good one or none. */
    public static Optional<Problem> date(String field, String value) {
        return Optional.ofNullable(PartialDate.problem(value)).map(p -> new Problem(field, Rule.BAD_DATE, p));
    }

    /** One coordinate without the other, on the field of the missing one. */
    public static Optional<Problem> coordinatePair(String latField, String lonField, boolean latGiven, boolean lonGiven) {
        if (latGiven == lonGiven) {
            return Optional.empty();
        }
        return Optional.of(new Problem(latGiven ? lonField : latField, Rule.COORDINATE_PAIR,
                "give both latitude and longitude, or neither"));
    }
}
