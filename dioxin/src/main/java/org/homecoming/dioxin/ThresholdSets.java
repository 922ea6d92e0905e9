package org.homecoming.dioxin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The dioxin threshold sets (data file {@code thresholds.csv}): Vietnamese regulations and standards, the US EPA
 * residential goal and the project's own cleanup target, each with its legal source and validity dates.
 *
 * <p>{@code ThresholdSets.standard().classify(1250, "INDUSTRIAL_COMMERCIAL", LocalDate.of(2016, 5, 1), "SOIL")}
 *
 * <p>A sample is classified against every row in force on its date for its land class (or for {@code ANY}) and
 * matrix; each classification names its set. An empty list means no set in the file covers the sample.
 */
public final class ThresholdSets {

    private final List<Threshold> thresholds;

    public ThresholdSets(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
    }

    public static ThresholdSets standard() {
        DataFile f = DataFile.read("thresholds.csv");
        List<Threshold> list = new ArrayList<>();
        for (CSVRecord r : f.records()) {
            try {
                list.add(new Threshold(r.get("set_id"), r.get("name"), r.get("legal_source"), date(r.get("valid_from")),
                        date(r.get("valid_to")), r.get("land_class"), r.get("matrix"), Double.parseDouble(r.get("limit_pg_per_g")),
                        r.get("tef_scheme").isEmpty() ? Optional.empty() : Optional.of(TefSchemeId.parse(r.get("tef_scheme"))),
                        ThresholdPurpose.valueOf(r.get("purpose")), r.get("note")));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw f.fault(r, e.getMessage());
            }
        }
        return new ThresholdSets(list);
    }

    public List<Threshold> all() {
        return thresholds;
    }

    /** The classifications of a TEQ (pg/g) against every threshold in force for the land class, date and matrix. */
    public List<ThresholdClassification> classify(double teq, String landClass, LocalDate date, String matrix) {
        if (!(teq >= 0) || !Double.isFinite(teq)) {
            throw new IllegalArgumentException("TEQ must be a finite number >= 0: " + teq);
        }
        if (date == null || landClass == null || matrix == null) {
            throw new IllegalArgumentException("classification needs a land class, a date and a matrix");
        }
        return thresholds.stream()
                .filter(t -> t.appliesTo(landClass, matrix) && t.inForceOn(date))
                .map(t -> new ThresholdClassification(t, teq))
                .toList();
    }

    private static Optional<LocalDate> date(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
    }
}
