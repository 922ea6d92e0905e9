package org.homecoming.simulator.landrelease;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic land-release programme for the demonstration and the tests (docs/land-release/demo-programme.md):
 * hazardous areas in the most contaminated central provinces as a GeoJSON FeatureCollection in the shape the
 * server's {@code POST /api/v1/hazard-areas} takes, and CSV files of the survey and clearance activities on them,
 * the ordnance they found, accidents and their victims, risk-education sessions and QA/QC visits. The same seed
 * writes the same bytes.
 *
 * <p>The files keep the server's rules: an area's products never exceed its estimate (non-technical survey cancels
 * part, technical survey reduces part of a confirmed area, clearance clears the rest to a depth), a completed
 * activity ends after it starts, finds lie inside the area worked and after its start, and no date is later than
 * {@link #LAST_DAY}.
 *
 * <pre>{@code
 * SimulatedLandRelease s = LandReleaseSimulator.write(dir.resolve("land-release"), 60, 1975);
 * }</pre>
 */
public final class LandReleaseSimulator {

    /** No simulated date is later than this, so a file written today stays valid tomorrow. */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

    /** Inland points of the central provinces where most contamination lies (lon, lat), with their names. */
    private static final double[][] ANCHORS = {
        {107.00, 16.75}, {106.85, 16.65}, {107.10, 16.90}, {106.95, 16.55}, // Quảng Trị
        {107.45, 16.40}, {107.30, 16.55},                                     // Huế
        {106.55, 17.45}, {106.40, 17.60},                                     // Quảng Bình before 2025, Quảng Trị today
        {108.05, 15.75}, {108.20, 15.55},                                     // Quảng Nam before 2025, Đà Nẵng today
        {108.75, 15.05}};                                                      // Quảng Ngãi
    private static final String[] ORGANISATIONS = {"Provincial Mine Action Team 1", "Provincial Mine Action Team 2",
        "Operator A", "Operator B", "Engineering Corps Team 3"};
    private static final String[] PLACES = {"Thôn Đông", "Xóm Bàu", "Đồi Cỏ May", "Bãi Sông", "Làng Cũ", "Cồn Cát"};
    private static final String[] UXO = {"UXO_BOMB", "UXO_PROJECTILE", "UXO_MORTAR", "UXO_GRENADE"};
    private static final String[] MODELS = {"Mk 82", "M107 155 mm", "M49A2 60 mm", "M26", "BLU-26", "BLU-3"};
    private static final String[] AT_THE_TIME = {"FARMING", "SCRAP_COLLECTING", "HERDING", "FORAGING", "PLAYING",
        "CONSTRUCTION"};
    private static final double METRES_PER_DEGREE = 111_320;

    private LandReleaseSimulator() {
    }

    /** Writes the programme's files into {@code dir} (created if missing) and says what it wrote. */
    public static SimulatedLandRelease write(Path dir, int areas, long seed) {
        if (areas < 0) {
            throw new IllegalArgumentException("areas must be at least 0: " + areas);
        }
        Random random = new Random(seed);
        List<Area> drawn = new ArrayList<>();
        for (int i = 0; i < areas; i++) {
            drawn.add(area(i, random));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("hazard-areas.geojson"), geoJson(drawn), StandardCharsets.UTF_8);
            int[] counts = activities(dir, drawn, random);
            int accidents = accidents(dir, drawn, random);
            int sessions = education(dir, drawn, random);
            int visits = quality(dir, areas, random);
            return new SimulatedLandRelease(areas, counts[0], counts[1], accidents, sessions, visits);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the land-release programme into " + dir, e);
        }
    }

    /** One simulated area: a convex outline (or, for a cluster strike, points) and its estimate in m². */
    private record Area(int index, String areaClass, boolean cluster, double lon, double lat, double halfLon,
            double halfLat, double estimateM2, List<double[]> points, String organisation) {
    }

    private static Area area(int index, Random r) {
        double[] anchor = ANCHORS[r.nextInt(ANCHORS.length)];
        double lon = anchor[0] + (r.nextDouble() - 0.5) * 0.08;
        double lat = anchor[1] + (r.nextDouble() - 0.5) * 0.08;
        double p = r.nextDouble();
        String areaClass = p < 0.45 ? "SHA" : p < 0.80 ? "CHA" : p < 0.92 ? "INDICATION" : "EOD_SPOT";
        boolean cluster = areaClass.equals("CHA") && r.nextDouble() < 0.3;
        double halfM = areaClass.equals("EOD_SPOT") ? 20 + r.nextDouble() * 30 : 40 + r.nextDouble() * 210;
        double halfLat = halfM / METRES_PER_DEGREE;
        double halfLon = halfM / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        List<double[]> points = new ArrayList<>();
        double estimate;
        if (cluster) {
            int n = 3 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                points.add(new double[] {lon + (r.nextDouble() - 0.5) * 2 * halfLon, lat + (r.nextDouble() - 0.5) * 2 * halfLat});
            }
            estimate = Math.round((2 * halfM) * (2 * halfM));
        } else {
            // The outline is the square of the half-sizes; its area on the sphere is within 0.5% of (2 halfM)² here.
            estimate = Math.round((2 * halfM) * (2 * halfM) * 0.99);
        }
        return new Area(index, areaClass, cluster, lon, lat, halfLon, halfLat, estimate, points,
                ORGANISATIONS[r.nextInt(ORGANISATIONS.length)]);
    }

    private static String geoJson(List<Area> areas) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            b.append("{\"type\":\"Feature\",\"properties\":{\"class\":\"").append(a.areaClass()).append('"');
            b.append(",\"name\":\"").append(PLACES[a.index() % PLACES.length]).append(' ').append(a.index() + 1).append('"');
            b.append(",\"estimatedAreaM2\":").append(num(a.estimateM2()));
            b.append(",\"organisation\":\"").append(a.organisation()).append('"');
            b.append(",\"evidence\":").append(a.areaClass().equals("SHA") || a.areaClass().equals("INDICATION")
                    ? "[\"FORMER_COMBAT_ZONE\",\"VERBAL_REPORT\"]" : "[\"DETONATION\",\"VISUAL\"]");
            b.append(",\"devices\":").append(a.cluster() ? "[\"CLUSTER_MUNITION\"]"
                    : "[\"" + UXO[a.index() % UXO.length] + "\"]");
            b.append(",\"beneficiaries\":{\"girls\":").append(a.index() % 7 * 3).append(",\"boys\":")
                    .append(a.index() % 5 * 4).append(",\"women\":").append(10 + a.index() % 9).append(",\"men\":")
                    .append(12 + a.index() % 11).append('}');
            if (a.cluster()) {
                b.append(",\"points\":[");
                for (int p = 0; p < a.points().size(); p++) {
                    double[] pt = a.points().get(p);
                    b.append(p == 0 ? "" : ",").append("{\"type\":\"EVIDENCE\",\"kind\":\"")
                            .append(p % 2 == 0 ? "SUBMUNITION" : "STRIKE_MARK").append("\",\"lon\":").append(num(pt[0]))
                            .append(",\"lat\":").append(num(pt[1])).append('}');
                }
                b.append(",{\"type\":\"USAGE\",\"kind\":\"INTENDED_TARGET\",\"lon\":").append(num(a.lon()))
                        .append(",\"lat\":").append(num(a.lat())).append("}]},\"geometry\":null}");
            } else {
                b.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
                double[][] ring = ring(a);
                for (int p = 0; p < ring.length; p++) {
                    b.append(p == 0 ? "" : ",").append('[').append(num(ring[p][0])).append(',').append(num(ring[p][1]))
                            .append(']');
                }
                b.append("]]}}");
            }
            b.append(i + 1 < areas.size() ? ",\n" : "\n");
        }
        return b.append("]}\n").toString();
    }

    private static double[][] ring(Area a) {
        return new double[][] {{a.lon() - a.halfLon(), a.lat() - a.halfLat()}, {a.lon() + a.halfLon(), a.lat() - a.halfLat()},
            {a.lon() + a.halfLon(), a.lat() + a.halfLat()}, {a.lon() - a.halfLon(), a.lat() + a.halfLat()},
            {a.lon() - a.halfLon(), a.lat() - a.halfLat()}};
    }

    /** Writes activities.csv and finds.csv; returns {activities, finds}. */
    private static int[] activities(Path dir, List<Area> areas, Random r) throws IOException {
        int activities = 0;
        int finds = 0;
        try (CSVPrinter a = printer(dir.resolve("activities.csv"), "area", "type", "organisation", "team", "methods",
                "start_date", "end_date", "cancelled_m2", "reduced_m2", "cleared_m2", "clearance_depth_cm");
             CSVPrinter f = printer(dir.resolve("finds.csv"), "activity", "lon", "lat", "category", "model", "quantity",
                "condition", "depth_cm", "found_on", "disposal")) {
            for (Area area : areas) {
                if (r.nextDouble() > 0.75) {
                    continue;
                }
                LocalDate day = FIRST_DAY.plusDays(r.nextInt(1800));
                double remaining = area.estimateM2();
                if (!area.areaClass().equals("EOD_SPOT")) {
                    double cancelled = Math.floor(remaining * (0.2 + 0.2 * r.nextDouble()));
                    LocalDate end = day.plusDays(3 + r.nextInt(10));
                    a.printRecord(area.index(), "NTS", area.organisation(), "Survey team " + (1 + r.nextInt(4)), "",
                            day, end, num(cancelled), 0, 0, "");
                    activities++;
                    remaining -= cancelled;
                    day = end.plusDays(10 + r.nextInt(60));
                }
                if (area.areaClass().equals("CHA")) {
                    double reduced = Math.floor(remaining * (0.2 + 0.15 * r.nextDouble()));
                    LocalDate end = day.plusDays(5 + r.nextInt(20));
                    a.printRecord(area.index(), "TS", area.organisation(), "TS team " + (1 + r.nextInt(3)), "MANUAL",
                            day, end, 0, num(reduced), 0, "");
                    activities++;
                    remaining -= reduced;
                    day = end.plusDays(10 + r.nextInt(60));
                }
                if (!area.areaClass().equals("INDICATION") && r.nextDouble() < 0.8) {
                    LocalDate end = day.plusDays(20 + r.nextInt(120));
                    boolean done = !end.isAfter(LAST_DAY);
                    String type = area.areaClass().equals("EOD_SPOT") ? "EOD_SPOT" : "CLEARANCE";
                    int depth = area.cluster() ? 30 : 50 + 10 * r.nextInt(5);
                    a.printRecord(area.index(), type, area.organisation(), "Clearance team " + (1 + r.nextInt(6)),
                            r.nextBoolean() ? "MANUAL;DOGS" : "MANUAL;MECHANICAL", day, done ? end : "",
                            0, 0, done && !type.equals("EOD_SPOT") ? num(remaining) : 0,
                            done && !type.equals("EOD_SPOT") ? depth : "");
                    int n = r.nextInt(area.cluster() ? 9 : 5);
                    for (int i = 0; i < n; i++) {
                        LocalDate found = day.plusDays(r.nextInt(15));
                        if (found.isAfter(LAST_DAY)) {
                            continue;
                        }
                        String category = area.cluster() ? "CLUSTER_MUNITION" : UXO[r.nextInt(UXO.length)];
                        f.printRecord(activities, num(area.lon() + (r.nextDouble() - 0.5) * area.halfLon()),
                                num(area.lat() + (r.nextDouble() - 0.5) * area.halfLat()), category,
                                MODELS[r.nextInt(MODELS.length)], 1 + r.nextInt(area.cluster() ? 6 : 2),
                                r.nextBoolean() ? "ARMED" : "UNKNOWN", 5 + r.nextInt(60), found,
                                r.nextDouble() < 0.85 ? "DESTROYED_IN_SITU" : "MOVED_AND_DESTROYED");
                        finds++;
                    }
                    activities++;
                }
            }
        }
        return new int[] {activities, finds};
    }

    private static int accidents(Path dir, List<Area> areas, Random r) throws IOException {
        int n = areas.isEmpty() ? 0 : Math.max(1, areas.size() / 6);
        try (CSVPrinter a = printer(dir.resolve("accidents.csv"), "accident", "area", "lon", "lat", "occurred_on",
                "device", "activity_at_time");
             CSVPrinter v = printer(dir.resolve("victims.csv"), "accident", "sex", "age", "outcome", "injury")) {
            for (int i = 0; i < n; i++) {
                Area area = areas.get(r.nextInt(areas.size()));
                a.printRecord(i, area.index(), num(area.lon() + area.halfLon() * 2), num(area.lat()),
                        LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000)), area.cluster() ? "CLUSTER_MUNITION"
                                : UXO[r.nextInt(UXO.length)], AT_THE_TIME[r.nextInt(AT_THE_TIME.length)]);
                int victims = 1 + r.nextInt(3);
                for (int k = 0; k < victims; k++) {
                    boolean killed = r.nextDouble() < 0.3;
                    v.printRecord(i, r.nextDouble() < 0.8 ? "M" : "F", 8 + r.nextInt(55), killed ? "KILLED" : "INJURED",
                            killed ? "" : r.nextBoolean() ? "lower limb" : "hand and eyes");
                }
            }
        }
        return n;
    }

    private static int education(Path dir, List<Area> areas, Random r) throws IOException {
        int n = areas.size() / 2;
        try (CSVPrinter e = printer(dir.resolve("risk-education.csv"), "held_on", "place", "lon", "lat", "organisation",
                "method", "girls", "boys", "women", "men")) {
            String[] methods = {"GROUP_SESSION", "HOUSEHOLD_VISIT", "SCHOOL", "COMMUNITY_FOCAL_POINT"};
            for (int i = 0; i < n; i++) {
                Area area = areas.get(r.nextInt(areas.size()));
                String method = methods[r.nextInt(methods.length)];
                boolean school = method.equals("SCHOOL");
                e.printRecord(FIRST_DAY.plusDays(r.nextInt(2500)), PLACES[r.nextInt(PLACES.length)], num(area.lon()),
                        num(area.lat()), area.organisation(), method, school ? 20 + r.nextInt(60) : r.nextInt(10),
                        school ? 20 + r.nextInt(60) : r.nextInt(10), school ? r.nextInt(4) : 5 + r.nextInt(30),
                        school ? r.nextInt(4) : 5 + r.nextInt(30));
            }
        }
        return n;
    }

    private static int quality(Path dir, int areas, Random r) throws IOException {
        int n = areas / 5;
        String[][] findings = {{"MAJOR", "detector not tested at the start of the day"},
            {"MINOR", "marking posts missing on the north edge"}, {"CRITICAL", "lane width above the standard"},
            {"", ""}};
        try (CSVPrinter q = printer(dir.resolve("qa-visits.csv"), "visit_type", "visited_on", "inspected", "inspecting",
                "findings", "nc_severity", "nc_description")) {
            for (int i = 0; i < n; i++) {
                String[] f = findings[r.nextInt(findings.length)];
                q.printRecord(r.nextBoolean() ? "QA" : "QC", FIRST_DAY.plusDays(r.nextInt(2500)),
                        ORGANISATIONS[r.nextInt(ORGANISATIONS.length)], "National Mine Action Centre QM",
                        f[0].isEmpty() ? "no non-conformity" : "see non-conformity", f[0], f[1]);
            }
        }
        return n;
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
