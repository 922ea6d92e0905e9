package org.homecoming.simulator.landrelease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demonstration land-release programme: deterministic, and within the rules the server enforces. */
class LandReleaseSimulatorTests {

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path dir) throws IOException {
        SimulatedLandRelease a = LandReleaseSimulator.write(dir.resolve("a"), 40, 7);
        SimulatedLandRelease b = LandReleaseSimulator.write(dir.resolve("b"), 40, 7);
        assertThat(b).isEqualTo(a);
        for (String f : List.of("hazard-areas.geojson", "activities.csv", "finds.csv", "accidents.csv", "victims.csv",
                "risk-education.csv", "qa-visits.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
        LandReleaseSimulator.write(dir.resolve("c"), 40, 8);
        assertThat(Files.readString(dir.resolve("c/hazard-areas.geojson")))
                .isNotEqualTo(Files.readString(dir.resolve("a/hazard-areas.geojson")));
    }

    @Test
    void productsNeverExceedTheEstimateAndDatesKeepTheirOrder(@TempDir Path dir) throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            Path d = dir.resolve("s" + seed);
            SimulatedLandRelease s = LandReleaseSimulator.write(d, 60, seed);
            assertThat(s.hazardAreas()).isEqualTo(60);
            Matcher m = Pattern.compile("\"estimatedAreaM2\":([0-9.]+)").matcher(Files.readString(d.resolve("hazard-areas.geojson")));
            Map<Integer, Double> estimate = new HashMap<>();
            for (int i = 0; m.find(); i++) {
                estimate.put(i, Double.parseDouble(m.group(1)));
            }
            assertThat(estimate).hasSize(60);
            Map<Integer, Double> released = new HashMap<>();
            List<CSVRecord> activities = read(d.resolve("activities.csv"));
            assertThat(activities).hasSize(s.activities());
            for (CSVRecord a : activities) {
                double product = Double.parseDouble(a.get("cancelled_m2")) + Double.parseDouble(a.get("reduced_m2"))
                        + Double.parseDouble(a.get("cleared_m2"));
                released.merge(Integer.parseInt(a.get("area")), product, Double::sum);
                if (!a.get("end_date").isEmpty()) {
                    assertThat(LocalDate.parse(a.get("end_date"))).isAfterOrEqualTo(LocalDate.parse(a.get("start_date")))
                            .isBeforeOrEqualTo(LandReleaseSimulator.LAST_DAY);
                }
                if (Double.parseDouble(a.get("cleared_m2")) > 0) {
                    assertThat(Integer.parseInt(a.get("clearance_depth_cm"))).isPositive();
                }
            }
            released.forEach((area, sum) -> assertThat(sum).as("area " + area).isLessThanOrEqualTo(estimate.get(area)));
            for (CSVRecord f : read(d.resolve("finds.csv"))) {
                CSVRecord a = activities.get(Integer.parseInt(f.get("activity")));
                assertThat(a.get("type")).isIn("CLEARANCE", "EOD_SPOT");
                assertThat(LocalDate.parse(f.get("found_on"))).isAfterOrEqualTo(LocalDate.parse(a.get("start_date")))
                        .isBeforeOrEqualTo(LandReleaseSimulator.LAST_DAY);
                assertThat(Double.parseDouble(f.get("lon"))).isBetween(102.1, 109.5);
                assertThat(Double.parseDouble(f.get("lat"))).isBetween(8.2, 23.4);
            }
            assertThat(read(d.resolve("victims.csv"))).isNotEmpty();
        }
    }
}
