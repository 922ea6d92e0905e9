package org.homecoming.programme.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.homecoming.kinship.evidence.AgeRange;
import org.homecoming.kinship.evidence.DateRange;
import org.homecoming.kinship.evidence.GeoPoint;
import org.homecoming.kinship.evidence.MissingContext;
import org.homecoming.kinship.evidence.RemainsContext;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.pedigree.Sex;
import org.homecoming.programme.ProgrammeFile;

/**
 * Reads the context fields of a programme directory (docs/formats.md) that weigh on identification
 * without DNA: loss and recovery places, sexes, ages, names and artifacts.
 *
 * <pre>{@code
 * ProgrammeContext c = ContextReader.read(Path.of("programme"));
 * }</pre>
 *
 * <p>{@code sites.csv} is optional here: without it only remains with their own recovery
 * coordinates have a place, and {@code site_id} is not checked. A remains without recovery
 * coordinates takes its site's point. Bad input throws {@link InputFormatException} ({@code
 * FILE:LINE: FIELD: problem}).
 */
public final class ContextReader {

    private static final Set<String> SITE_KINDS = Set.of("GRAVE", "CEMETERY", "CRASH_SITE", "BATTLE_SITE");
    /** Ages above this are not ages at death of soldiers or civilians of the war; a typo is likelier. */
    private static final int MAX_AGE = 120;

    private ContextReader() {
    }

    /** A site as the remains need it. */
    private record Site(GeoPoint point, boolean cemetery) {
    }

    public static ProgrammeContext read(Path dir) {
        List<MissingContext> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CsvTable.read(dir, ProgrammeFile.MISSING_PERSONS, row -> {
            if (!ids.add(row.required("id"))) {
                throw row.error("id", "duplicate id '" + row.get("id") + "'");
            }
            missing.add(missing(row));
        });
        Optional<Map<String, Site>> sites = Files.exists(dir.resolve(ProgrammeFile.SITES.fileName())) ? Optional.of(sites(dir)) : Optional.empty();
        List<RemainsContext> remains = new ArrayList<>();
        Set<String> remainsIds = new HashSet<>();
        CsvTable.read(dir, ProgrammeFile.REMAINS, row -> {
            if (!remainsIds.add(row.required("id"))) {
                throw row.error("id", "duplicate id '" + row.get("id") + "'");
            }
            remains.add(remains(row, sites));
        });
        return new ProgrammeContext(missing, remains);
    }

    private static MissingContext missing(CsvTable.Row row) {
        Sex sex = switch (row.required("sex")) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> throw row.error("sex", "expected M or F: '" + row.get("sex") + "'");
        };
        List<String> names = new ArrayList<>();
        names.add(row.required("full_name"));
        if (!row.get("aliases").isEmpty()) {
            names.addAll(Arrays.asList(row.get("aliases").split(";")));
        }
        Optional<DateRange> birth = date(row, "birth_date");
        Optional<DateRange> loss = date(row, "loss_date");
        Optional<AgeRange> age = Optional.empty();
        if (birth.isPresent() && loss.isPresent()) {
            if (birth.get().earliest().isAfter(loss.get().latest())) {
                throw row.error("birth_date", "after loss_date: '" + row.get("birth_date") + "'");
            }
            age = Optional.of(birth.get().ageAt(loss.get()));
        }
        Optional<GeoPoint> point = point(row, "loss_lat", "loss_lon");
        OptionalDouble precision = metres(row, "loss_precision_m", point.isPresent());
        return new MissingContext(row.get("id"), sex, names, age,
                point.map(p -> new MissingContext.LossPlace(p, precision.getAsDouble())));
    }

    private static Map<String, Site> sites(Path dir) {
        Map<String, Site> sites = new HashMap<>();
        CsvTable.read(dir, ProgrammeFile.SITES, row -> {
            String id = row.required("id");
            String kind = row.required("kind");
            if (!SITE_KINDS.contains(kind)) {
                throw row.error("kind", "expected GRAVE, CEMETERY, CRASH_SITE or BATTLE_SITE: '" + kind + "'");
            }
            row.required("lat");
            row.required("lon");
            if (sites.put(id, new Site(point(row, "lat", "lon").orElseThrow(), kind.equals("CEMETERY"))) != null) {
                throw row.error("id", "duplicate id '" + id + "'");
            }
        });
        return sites;
    }

    private static RemainsContext remains(CsvTable.Row row, Optional<Map<String, Site>> sites) {
        String siteId = row.required("site_id");
        Site site = sites.map(s -> s.get(siteId)).orElse(null);
        if (sites.isPresent() && site == null) {
            throw row.error("site_id", "unknown site '" + siteId + "'");
        }
        Optional<GeoPoint> own = point(row, "recovery_lat", "recovery_lon");
        OptionalDouble precision = metres(row, "precision_m", own.isPresent());
        Optional<GeoPoint> where = own.isPresent() ? own : Optional.ofNullable(site).map(Site::point);
        Sex sex = switch (row.required("sex_estimate")) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            case "U" -> Sex.UNKNOWN;
            default -> throw row.error("sex_estimate", "expected M, F or U: '" + row.get("sex_estimate") + "'");
        };
        Optional<AgeRange> age = age(row);
        List<String> artifacts = row.get("artifacts").isEmpty() ? List.of() : Arrays.asList(row.get("artifacts").split(";"));
        return new RemainsContext(row.get("id"), where, own.isPresent() ? precision.getAsDouble() : 0,
                site != null && site.cemetery(), sex, age, artifacts);
    }

    /** The age range; a missing bound is open (0 or {@value #MAX_AGE}). */
    private static Optional<AgeRange> age(CsvTable.Row row) {
        if (row.get("age_min").isEmpty() && row.get("age_max").isEmpty()) {
            return Optional.empty();
        }
        int min = row.get("age_min").isEmpty() ? 0 : integer(row, "age_min", 0, MAX_AGE);
        int max = row.get("age_max").isEmpty() ? MAX_AGE : integer(row, "age_max", 0, MAX_AGE);
        if (min > max) {
            throw row.error("age_max", "less than age_min " + min + ": '" + row.get("age_max") + "'");
        }
        return Optional.of(new AgeRange(min, max));
    }

    private static Optional<DateRange> date(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            DateRange d = DateRange.parse(v);
            if (d.earliest().getYear() < 1850 || d.earliest().getYear() > 2100) {
                throw row.error(column, "year must be between 1850 and 2100: '" + v + "'");
            }
            return Optional.of(d);
        } catch (InputFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw row.error(column, e.getMessage());
        }
    }

    /** Both coordinates or neither, in range. */
    private static Optional<GeoPoint> point(CsvTable.Row row, String latColumn, String lonColumn) {
        String lat = row.get(latColumn);
        String lon = row.get(lonColumn);
        if (lat.isEmpty() != lon.isEmpty()) {
            throw row.error(lat.isEmpty() ? latColumn : lonColumn, "give both " + latColumn + " and " + lonColumn + " or neither");
        }
        if (lat.isEmpty()) {
            return Optional.empty();
        }
        double y = decimal(row, latColumn, 90);
        double x = decimal(row, lonColumn, 180);
        return Optional.of(new GeoPoint(y, x));
    }

    private static double decimal(CsvTable.Row row, String column, double bound) {
        String v = row.get(column);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw row.error(column, "not a decimal number: '" + v + "'");
        }
        if (!v.matches("-?[0-9]+(\\.[0-9]+)?") || !(Math.abs(d) <= bound)) {
            throw row.error(column, "expected a decimal number in [-" + (int) bound + ", " + (int) bound + "]: '" + v + "'");
        }
        return d;
    }

    /** A precision in metres, required when {@code required}. */
    private static OptionalDouble metres(CsvTable.Row row, String column, boolean required) {
        if (row.get(column).isEmpty()) {
            if (required) {
                throw row.error(column, "required when coordinates are given");
            }
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(integer(row, column, 0, Integer.MAX_VALUE));
    }

    private static int integer(CsvTable.Row row, String column, int min, int max) {
        String v = row.get(column);
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw row.error(column, "expected an integer in [" + min + ", " + max + "]: '" + v + "'");
    }
}
