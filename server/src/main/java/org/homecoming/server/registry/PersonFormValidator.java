package org.homecoming.server.registry;

import org.homecoming.programme.PartialDate;
import org.homecoming.server.geo.Geometries;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Rules across the fields of a {@link PersonForm}: real dates, birth before loss, both or neither
 * coordinate with a precision, a valid loss area, REPATRIATED only for the US side.
 *
 * <pre>{@code
 * validator.validate(form, errors);
 * }</pre>
 */
@Component
public class PersonFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
        return PersonForm.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PersonForm f = (PersonForm) target;
        date(errors, "birthDate", f.getBirthDate());
        date(errors, "lossDate", f.getLossDate());
        if (f.getBirthDate() != null && f.getLossDate() != null && PartialDate.problem(f.getBirthDate()) == null
                && PartialDate.problem(f.getLossDate()) == null && !PartialDate.after(f.getLossDate(), f.getBirthDate())) {
            errors.rejectValue("lossDate", "person.lossBeforeBirth", "must be after the birth date");
        }
        if ((f.getLossLat() == null) != (f.getLossLon() == null)) {
            errors.rejectValue("lossLon", "person.coordinatePair", "give both latitude and longitude, or neither");
        }
        if (f.getLossLat() != null && f.getLossPrecisionM() == null) {
            errors.rejectValue("lossPrecisionM", "person.precisionRequired", "is required with coordinates");
        }
        if (f.getLossAreaWkt() != null) {
            String problem = Geometries.problem(f.getLossAreaWkt());
            if (problem != null) {
                errors.rejectValue("lossAreaWkt", "person.badArea", problem);
            }
        }
        if ("REPATRIATED".equals(f.getStatus()) && !"US".equals(f.getSide())) {
            errors.rejectValue("status", "person.repatriatedUsOnly", "REPATRIATED is for the US side only");
        }
    }

    private static void date(Errors errors, String field, String value) {
        String problem = PartialDate.problem(value);
        if (problem != null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "person.badDate", problem);
        }
    }
}
