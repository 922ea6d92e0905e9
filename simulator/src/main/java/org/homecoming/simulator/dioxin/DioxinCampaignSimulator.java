package org.homecoming.simulator.dioxin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a demonstration sampling campaign at an old airbase (docs/dioxin.md): samples around two hotspots at
 * three depth layers, and the laboratory's results for the 17 PCDD/F congeners in the minimal results format.
 * The profile is the Agent Orange signature — 2,3,7,8-TCDD carries most of the TEQ — with concentrations falling
 * with distance from the hotspots and with depth, and congeners below the detection limit reported as non-detects.
 * The same seed writes the same bytes.
 *
 * <pre>{@code
 * int n = DioxinCampaignSimulator.write(dir.resolve("dioxin"), 300, 1975);
 * }</pre>
 */
public final class DioxinCampaignSimulator {

    /** The demonstration site and its zones (name, land class of the threshold sets). */
    public static final String SITE = "BIEN_HOA";
    public static final String[][] ZONES = {{"Pacer Ivy", "INDUSTRIAL_COMMERCIAL"}, {"South-west", "FOREST"}};

    /** The site outline (WKT, lon lat) around every sample the simulator writes. */
    public static final String OUTLINE = "POLYGON ((106.8075 10.9615, 106.818 10.9605, 106.8285 10.9615, 106.829 10.972,"
            + " 106.8285 10.9825, 106.818 10.9835, 106.8075 10.9825, 106.807 10.972, 106.8075 10.9615))";

    /** The zones' polygons in the order of {@link #ZONES}: the outline's halves west and east of longitude 106.818. */
    public static final String[] ZONE_POLYGONS = {
        "POLYGON ((106.8075 10.9615, 106.818 10.9605, 106.818 10.9835, 106.8075 10.9825, 106.807 10.972, 106.8075 10.9615))",
        "POLYGON ((106.818 10.9605, 106.8285 10.9615, 106.829 10.972, 106.8285 10.9825, 106.818 10.9835, 106.818 10.9605))"};
    /** Centre of the sampled area (lat, lon) and the two hotspots, in degrees. */
    private static final double[] CENTRE = {10.972, 106.818};
    private static final double[][] HOTSPOTS = {{10.975, 106.815}, {10.968, 106.822}};
    /** Each congener with its share of the TCDD concentration in the profile, and its detection limit (pg/g). */
    private static final Object[][] PROFILE = {
        {"2,3,7,8-TCDD", 1.0, 0.5}, {"1,2,3,7,8-PeCDD", 0.01, 0.5}, {"1,2,3,4,7,8-HxCDD", 0.004, 1.0},
        {"1,2,3,6,7,8-HxCDD", 0.01, 1.0}, {"1,2,3,7,8,9-HxCDD", 0.006, 1.0}, {"1,2,3,4,6,7,8-HpCDD", 0.15, 2.0},
        {"OCDD", 1.5, 5.0}, {"2,3,7,8-TCDF", 0.02, 0.5}, {"1,2,3,7,8-PeCDF", 0.004, 0.5},
        {"2,3,4,7,8-PeCDF", 0.005, 0.5}, {"1,2,3,4,7,8-HxCDF", 0.006, 1.0}, {"1,2,3,6,7,8-HxCDF", 0.003, 1.0},
        {"1,2,3,7,8,9-HxCDF", 0.001, 1.0}, {"2,3,4,6,7,8-HxCDF", 0.003, 1.0}, {"1,2,3,4,6,7,8-HpCDF", 0.03, 2.0},
        {"1,2,3,4,7,8,9-HpCDF", 0.002, 2.0}, {"OCDF", 0.05, 5.0}};
    private static final double[][] LAYERS = {{0, 0.3}, {0.3, 0.6}, {0.6, 1.0}};

    private DioxinCampaignSimulator() {
    }

    /** Writes {@code samples.csv} and {@code results.csv} into {@code dir}; returns the number of samples. */
    public static int write(Path dir, int samples, long seed) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be at least 0: " + samples);
        }
        Random r = new Random(seed);
        try {
            Files.createDirectories(dir);
            try (CSVPrinter s = printer(dir.resolve("samples.csv"), "sample_id", "lat", "lon", "depth_top_m",
                    "depth_bottom_m", "matrix", "sampled_on", "zone", "campaign", "laboratory", "method", "consent_note", "collector",
                    "chain_of_custody");
                 CSVPrinter res = printer(dir.resolve("results.csv"), "sample_id", "congener", "value", "unit",
                    "detected", "detection_limit")) {
                for (int i = 0; i < samples; i++) {
                    int layer = i % LAYERS.length;
                    double lat = CENTRE[0] + (r.nextDouble() - 0.5) * 0.02;
                    double lon = CENTRE[1] + (r.nextDouble() - 0.5) * 0.02;
                    String id = String.format(Locale.ROOT, "BH-%04d", i + 1);
                    s.printRecord(id, num(lat), num(lon), LAYERS[layer][0], LAYERS[layer][1], "SOIL",
                            LocalDate.of(2019, 3, 1).plusDays(r.nextInt(1400)), lon < CENTRE[1] ? ZONES[0][0] : ZONES[1][0],
                            "Campaign " + (2019 + i % 4), "Demonstration laboratory", "EPA 1613B", "",
                            "Field team " + (1 + i % 3), String.format(Locale.ROOT, "COC-%d-%03d: sealed on site, courier, received"
                                    + " intact at the laboratory", 2019 + i % 4, 1 + i / 12));
                    double tcdd = tcdd(lat, lon, layer, r);
                    for (Object[] c : PROFILE) {
                        double value = tcdd * (double) c[1] * Math.exp(0.3 * r.nextGaussian());
                        double limit = (double) c[2];
                        if (value >= limit) {
                            res.printRecord(id, c[0], num(value), "pg/g", "true", "");
                        } else {
                            res.printRecord(id, c[0], "", "pg/g", "false", limit);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demonstration dioxin campaign into " + dir, e);
        }
        return samples;
    }

    /** TCDD in pg/g: up to ~20,000 at a hotspot's surface, falling by e every ~250 m and by about 3 per layer. */
    private static double tcdd(double lat, double lon, int layer, Random r) {
        double peak = 0;
        for (double[] h : HOTSPOTS) {
            double metres = Math.hypot((lat - h[0]) * 111_320, (lon - h[1]) * 109_300);
            peak = Math.max(peak, 20_000 * Math.exp(-metres / 250));
        }
        return (peak + 5) * Math.pow(3, -layer) * Math.exp(0.5 * r.nextGaussian());
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
