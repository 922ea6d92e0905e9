package org.homecoming.server.registry;

import org.homecoming.programme.PartialDate;
import org.homecoming.server.geo.Geometries;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Reports the rules across the fields of a {@link PersonForm} ({@link PersonRules}) as form errors
 * with their message keys.
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
        for (PersonRules.Problem p : PersonRules.check(PersonRules.Facts.of((PersonForm) target))) {
            if (p.rule() == PersonRules.Rule.BAD_DATE && errors.hasFieldErrors(p.field())) {
                continue; // the field's pattern already says what is wrong
            }
            // the form shows a lone coordinate under longitude, whichever of the two is missing
            String field = p.rule() == PersonRules.Rule.COORDINATE_PAIR ? "lossLon" : p.field();
            errors.rejectValue(field, p.rule().code(), p.message());
        }
    }
}
