package org.homecoming.simulator.bombing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic file in the format of the published THOR Vietnam CSV (docs/bombing-records.md) for the
 * demo, the tests and the import benchmark; the real file is not redistributed with the project.
 *
 * <pre>{@code
 * ThorFileSummary s = ThorFileSimulator.write(Path.of("thor.csv"), 2_000, 42, 0.03);
 * }</pre>
 *
 * <p>Each good row is a mission between 1965-10-01 and 1975-05-15 on a target well inside North Viet Nam,
 * South Viet Nam, Laos or Cambodia. A share {@code badShare} of the rows is impossible in one way each,
 * taking the six ways in turn: no key, no date, a day that does not exist, no coordinates, a count that is
 * not a number, a target outside its country. The same seed gives the same file.
 */
public final class ThorFileSimulator {

    /** The published file's names for the columns written (a subset of its 47, in its order). */
    static final String HEADER = "THOR_DATA_VIET_ID,COUNTRYFLYINGMISSION,MILSERVICE,MSNDATE,SOURCEID,"
            + "TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,TGTTYPE,NUMWEAPONSDELIVERED,WEAPONTYPE,WEAPONTYPECLASS,"
            + "WEAPONTYPEWEIGHT,MFUNC_DESC,OPERATIONSUPPORTED,TGTCOUNTRY,NUMWEAPONSJETTISONED";
    static final List<String> BAD_KINDS = List.of("MISSING_ID", "MISSING_DATE", "BAD_DATE", "MISSING_COORDINATES",
            "BAD_NUMBER", "OUTSIDE_COUNTRY");
    private static final LocalDate FIRST = LocalDate.of(1965, 10, 1);
    private static final int DAYS = (int) (LocalDate.of(1975, 5, 15).toEpochDay() - FIRST.toEpochDay());
    /** Target areas inside each country, away from its borders: country, west, south, east, north. */
    private static final Object[][] AREAS = {
        {"NORTH VIETNAM", 105.0, 17.0, 106.8, 21.5}, {"SOUTH VIETNAM", 106.0, 10.5, 108.5, 16.5},
        {"LAOS", 102.0, 15.0, 106.0, 20.0}, {"CAMBODIA", 103.5, 11.0, 106.5, 14.0}};
    private static final String[][] WEAPONS = {
        {"CBU-24", "CBU", "800"}, {"500LB MK-82", "BOMB", "500"}, {"750LB M-117", "BOMB", "750"},
        {"1000LB MK-83", "BOMB", "1000"}, {"2.75IN FFAR", "ROCKET", "19"}, {"20MM HE", "GUN", "0"}};
    private static final String[] TARGETS = {"TRUCKS", "ROAD", "BRIDGE", "TROOPS", "STORAGE AREA", "UNKNOWN"};

    private ThorFileSimulator() {
    }

    /** Writes {@code rows} data rows after the header to {@code file}. */
    public static ThorFileSummary write(Path file, long rows, long seed, double badShare) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be at least 0: " + rows);
        }
        if (!(badShare >= 0 && badShare <= 1)) {
            throw new IllegalArgumentException("bad share must be in [0, 1]: " + badShare);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> bad = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder(200);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                String kind = random.nextDouble() < badShare ? BAD_KINDS.get((int) (bad.values().stream()
                        .mapToLong(Long::longValue).sum() % BAD_KINDS.size())) : null;
                row(line, i, random, kind);
                if (kind != null) {
                    bad.merge(kind, 1L, Long::sum);
                }
                out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        long badRows = bad.values().stream().mapToLong(Long::longValue).sum();
        return new ThorFileSummary(rows, rows - badRows, bad);
    }

    /** Degrees to a micro-degree (about 0.1 m), as the published file writes them; all values here exceed 1. */
    private static String sixDecimals(double degrees) {
        return Double.toString(Math.round(degrees * 1e6) / 1e6);
    }

    private static void row(StringBuilder s, long id, SplittableRandom random, String kind) {
        Object[] area = AREAS[random.nextInt(AREAS.length)];
        String[] weapon = WEAPONS[random.nextInt(WEAPONS.length)];
        double lat = (double) area[2] + random.nextDouble() * ((double) area[4] - (double) area[2]);
        double lon = (double) area[1] + random.nextDouble() * ((double) area[3] - (double) area[1]);
        LocalDate date = FIRST.plusDays(random.nextInt(DAYS + 1));
        String delivered = Integer.toString(1 + random.nextInt(weapon[1].equals("GUN") ? 400 : 24));
        String dateText = date.toString();
        String latText = sixDecimals(lat);
        String lonText = sixDecimals(lon);
        String idText = Long.toString(id);
        switch (kind == null ? "" : kind) {
            case "MISSING_ID" -> idText = "";
            case "MISSING_DATE" -> dateText = "";
            case "BAD_DATE" -> dateText = date.getYear() + "-02-30";
            case "MISSING_COORDINATES" -> latText = "-1";
            case "BAD_NUMBER" -> delivered = "n/a";
            case "OUTSIDE_COUNTRY" -> latText = sixDecimals(lat + 30);
            default -> {
                // A good row.
            }
        }
        s.append(idText).append(",USA,USAF,").append(dateText).append(',').append(id % 997).append(',')
                .append(latText).append(',').append(lonText).append(',').append(TARGETS[random.nextInt(TARGETS.length)])
                .append(',').append(delivered).append(',').append(weapon[0]).append(',').append(weapon[1]).append(',')
                .append(weapon[2]).append(",STRIKE,").append(random.nextInt(4) == 0 ? "" : "\"STEEL TIGER, BARREL ROLL\"")
                .append(',').append((String) area[0]).append(',').append(random.nextInt(10) == 0 ? "0" : "-1");
    }
}
