package org.homecoming.dioxin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the results CSV ({@code sample_id,congener,value,unit,detected,detection_limit}, one row per congener and
 * sample) into samples, all or nothing: the first fault throws a {@link ResultsFormatException}.
 *
 * <p>{@code List<SampleResults> samples = new ResultsCsvReader().read(Path.of("results.csv"));}
 *
 * <p>Optional columns (the richer format, docs/dioxin.md): {@code quantification_limit} (kept apart; a non-detect
 * with no detection limit is counted at it), {@code qualifier} (the laboratory's flag, kept as reported),
 * {@code lab_teq} and {@code lab_tef} (the laboratory's own TEQ of the sample and the scheme it used, on any of the
 * sample's rows, the same wherever given). Other columns are ignored. A congener name that is none of the 29 is
 * kept as written (the TEQ reports it); one congener twice in a sample is a fault. Samples keep the order of their
 * first row.
 */
public final class ResultsCsvReader {

    static final List<String> COLUMNS = List.of("sample_id", "congener", "value", "unit", "detected", "detection_limit");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private final Congeners congeners;

    public ResultsCsvReader() {
        this(Congeners.standard());
    }

    public ResultsCsvReader(Congeners congeners) {
        this.congeners = congeners;
    }

    public List<SampleResults> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(file.toString(), text);
    }

    /** Reads {@code text}; {@code name} is the file name used in error messages. */
    public List<SampleResults> read(String name, String text) {
        Lines lines = new Lines(text);
        Map<String, List<Measurement>> bySample = new LinkedHashMap<>();
        Map<String, LabTeq> labTeqs = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        long lastLine = 1;
        try (CSVParser p = open(name, text)) {
            checkHeader(name, p.getHeaderNames());
            for (CSVRecord r : p) {
                long line = lines.of(r.getCharacterPosition());
                lastLine = line;
                Row row = new Row(name, line, r);
                Measurement m = row.measurement();
                String sample = row.required("sample_id");
                String key = sample + "\u0000" + congeners.find(m.congener()).map(Congener::cas).orElse(Congeners.key(m.congener()));
                Long before = firstLine.putIfAbsent(key, line);
                if (before != null) {
                    throw new ResultsFormatException(name, line, "congener", m.congener() + " is listed twice for sample "
                            + sample + " (first on line " + before + ")");
                }
                bySample.computeIfAbsent(sample, s -> new ArrayList<>()).add(m);
                row.labTeq().ifPresent(t -> {
                    LabTeq earlier = labTeqs.putIfAbsent(sample, t);
                    if (earlier != null && (earlier.teq() != t.teq() || !earlier.tef().equals(t.tef()))) {
                        throw new ResultsFormatException(name, line, "lab_teq", "differs from line " + earlier.line()
                                + " for sample " + sample + ": " + t.teq() + " " + t.tef().map(TefSchemeId::code).orElse("")
                                + " against " + earlier.teq() + " " + earlier.tef().map(TefSchemeId::code).orElse(""));
                    }
                });
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV fails while reading the record after the last good one.
            throw new ResultsFormatException(name, lastLine + 1, "file", "not a readable CSV file: " + e.getMessage());
        }
        List<SampleResults> samples = new ArrayList<>();
        bySample.forEach((id, ms) -> {
            LabTeq lab = labTeqs.get(id);
            samples.add(lab == null ? new SampleResults(id, ms)
                    : new SampleResults(id, ms, OptionalDouble.of(lab.teq()), lab.tef()));
        });
        return samples;
    }

    /** Commons CSV refuses a header with a repeated or empty name when it opens the file. */
    private static CSVParser open(String name, String text) throws IOException {
        try {
            return CSVParser.parse(text, FORMAT);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ResultsFormatException(name, 1, "header", e.getMessage());
        } catch (IOException e) {
            throw new ResultsFormatException(name, 1, "header", "not a readable CSV header: " + e.getMessage());
        }
    }

    private static void checkHeader(String name, List<String> header) {
        if (header.isEmpty()) {
            throw new ResultsFormatException(name, 1, "header", "the file is empty; expected " + String.join(",", COLUMNS));
        }
        for (String c : COLUMNS) {
            if (!header.contains(c)) {
                throw new ResultsFormatException(name, 1, "header", "missing column " + c + " (expected " + String.join(",", COLUMNS) + ")");
            }
        }
    }

    /** A laboratory's TEQ of a sample and the line it was first read on. */
    private record LabTeq(double teq, Optional<TefSchemeId> tef, long line) {
    }

    /** One record with its place, turning each field into a value or a fault that names the field. */
    private record Row(String file, long line, CSVRecord r) {

        Measurement measurement() {
            // Every named column is then present in the record (isConsistent compares with the header map, which
            // would not count a repeated name).
            int columns = r.getParser().getHeaderNames().size();
            if (r.size() != columns) {
                throw fault("record", "has " + r.size() + " fields, the header " + columns);
            }
            String congener = required("congener");
            Unit unit;
            try {
                unit = Unit.parse(r.get("unit"));
            } catch (IllegalArgumentException e) {
                throw fault("unit", e.getMessage());
            }
            boolean detected = bool("detected");
            OptionalDouble value = number("value");
            OptionalDouble limit = number("detection_limit");
            OptionalDouble quantification = optionalNumber("quantification_limit");
            if (detected && value.isEmpty()) {
                throw fault("value", "required when detected is true");
            }
            if (!detected && limit.isEmpty() && quantification.isEmpty()) {
                throw fault("detection_limit", "required when detected is false (or a quantification_limit)");
            }
            String qualifier = r.isMapped("qualifier") ? r.get("qualifier") : "";
            if (qualifier.length() > Measurement.MAX_QUALIFIER) {
                throw fault("qualifier", "at most " + Measurement.MAX_QUALIFIER + " characters: " + qualifier);
            }
            return new Measurement(congener, value, unit, detected, limit.isPresent() ? limit : quantification,
                    quantification, qualifier);
        }

        Optional<LabTeq> labTeq() {
            OptionalDouble teq = optionalNumber("lab_teq");
            String tef = r.isMapped("lab_tef") ? r.get("lab_tef") : "";
            if (teq.isEmpty()) {
                if (!tef.isEmpty()) {
                    throw fault("lab_tef", "given without a lab_teq");
                }
                return Optional.empty();
            }
            try {
                return Optional.of(new LabTeq(teq.getAsDouble(), tef.isEmpty() ? Optional.empty()
                        : Optional.of(TefSchemeId.parse(tef)), line));
            } catch (IllegalArgumentException e) {
                throw fault("lab_tef", e.getMessage());
            }
        }

        private OptionalDouble optionalNumber(String field) {
            return r.isMapped(field) ? number(field) : OptionalDouble.empty();
        }

        String required(String field) {
            String v = r.get(field);
            if (v.isBlank()) {
                throw fault(field, "must not be empty");
            }
            return v;
        }

        private boolean bool(String field) {
            String v = r.get(field).toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return v.equals("true");
            }
            throw fault(field, "must be true or false: " + r.get(field));
        }

        private OptionalDouble number(String field) {
            String v = r.get(field);
            if (v.isEmpty()) {
                return OptionalDouble.empty();
            }
            // Plain decimals only: Double.parseDouble would also take "NaN", "0x1p3" and "1.5f".
            if (!DECIMAL.matcher(v).matches()) {
                throw fault(field, "not a number: " + v);
            }
            double d = Double.parseDouble(v);
            if (!(d >= 0) || !Double.isFinite(d)) {
                throw fault(field, "must be a finite number >= 0: " + v);
            }
            return OptionalDouble.of(d);
        }

        private ResultsFormatException fault(String field, String problem) {
            return new ResultsFormatException(file, line, field, problem);
        }
    }

    /** Line numbers (1-based) of character positions in the file text. */
    private static final class Lines {
        private final long[] starts;
        private final String text;

        Lines(String text) {
            this.text = text;
            List<Long> s = new ArrayList<>(List.of(0L));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1L);
                }
            }
            starts = s.stream().mapToLong(Long::longValue).toArray();
        }

        /** The line of the first character at or after {@code position} that is not a line break (Commons CSV
         * reports a record after empty lines at the first empty line). */
        long of(long position) {
            while (position < text.length() && (text.charAt((int) position) == '\n' || text.charAt((int) position) == '\r')) {
                position++;
            }
            int i = Arrays.binarySearch(starts, position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
