package org.homecoming.dioxin;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of a threshold set: the limit (pg/g TEQ) that one set places on one land class and matrix, with the
 * set's legal source and the dates it is in force.
 *
 * <p>{@code threshold.inForceOn(LocalDate.of(2015, 6, 1))}
 *
 * <p>Empty dates mean unbounded on that side (or not confirmed from a source; the {@code note} says which);
 * land class {@code ANY} applies to every class. The TEF scheme is empty when the source does not name one.
 */
public record Threshold(String setId, String name, String legalSource, Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo, String landClass, String matrix, double limit, Optional<TefSchemeId> tefScheme,
        ThresholdPurpose purpose, String note) {

    /** Land class of a row that applies whatever the class. */
    public static final String ANY = "ANY";

    public Threshold {
        if (setId == null || setId.isBlank() || landClass == null || landClass.isBlank() || matrix == null || matrix.isBlank()) {
            throw new IllegalArgumentException("threshold needs a set id, a land class and a matrix: " + setId);
        }
        if (!(limit > 0) || !Double.isFinite(limit)) {
            throw new IllegalArgumentException("threshold limit must be a positive number: " + setId + " " + limit);
        }
        if (validFrom.isPresent() && validTo.isPresent() && validTo.get().isBefore(validFrom.get())) {
            throw new IllegalArgumentException("threshold ends before it starts: " + setId);
        }
    }

    public boolean inForceOn(LocalDate date) {
        return validFrom.map(f -> !date.isBefore(f)).orElse(true) && validTo.map(t -> !date.isAfter(t)).orElse(true);
    }

    public boolean appliesTo(String landClass, String matrix) {
        return (ANY.equals(this.landClass) || this.landClass.equalsIgnoreCase(landClass)) && this.matrix.equalsIgnoreCase(matrix);
    }
}
