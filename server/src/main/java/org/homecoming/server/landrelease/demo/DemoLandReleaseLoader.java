package org.homecoming.server.landrelease.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.activity.Activity;
import org.homecoming.server.landrelease.activity.ActivityRequest;
import org.homecoming.server.landrelease.activity.ActivityService;
import org.homecoming.server.landrelease.activity.CompletionRequest;
import org.homecoming.server.landrelease.activity.FindRequest;
import org.homecoming.server.landrelease.area.AreaStatus;
import org.homecoming.server.landrelease.area.HazardAreaService;
import org.homecoming.server.landrelease.safety.AccidentRequest;
import org.homecoming.server.landrelease.safety.AccidentService;
import org.homecoming.server.landrelease.safety.QaVisitRequest;
import org.homecoming.server.landrelease.safety.QualityService;
import org.homecoming.server.landrelease.safety.RiskEducationRequest;
import org.homecoming.server.landrelease.safety.RiskEducationService;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.simulator.landrelease.LandReleaseSimulator;
import org.homecoming.simulator.landrelease.SimulatedLandRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code homecoming.demo=true}: when no hazardous area is stored, simulates the demonstration land-release
 * programme ({@code DATA_DIR/land-release-demo}, {@code homecoming.demo.land-release-areas} areas) and loads it
 * through the same services a user's records go through, as the installation's system user: the areas (one
 * all-or-nothing import), the activities with their finds and products, the areas they fully released closed,
 * accidents and victims, risk education and QA/QC visits, in one transaction: a row the services refuse stops the load,
 * names its file and line, and nothing of the programme is kept.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.demo=true --homecoming.demo.land-release-areas=120
 * }</pre>
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "homecoming.demo", havingValue = "true")
class DemoLandReleaseLoader implements ApplicationRunner {

    static final String DIR = "land-release-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoLandReleaseLoader.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LocalInstallation installation;
    private final HazardAreaService areas;
    private final ActivityService activities;
    private final AccidentService accidents;
    private final RiskEducationService education;
    private final QualityService quality;
    private final Path dataDir;
    private final int count;
    private final long seed;

    DemoLandReleaseLoader(JdbcClient jdbc, LocalInstallation installation, TransactionTemplate transaction,
            HazardAreaService areas,
            ActivityService activities, AccidentService accidents, RiskEducationService education, QualityService quality,
            @Value("${homecoming.data-dir:./data}") String dataDir,
            @Value("${homecoming.demo.land-release-areas:60}") int count, @Value("${homecoming.demo.seed:1975}") long seed) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.installation = installation;
        this.areas = areas;
        this.activities = activities;
        this.accidents = accidents;
        this.education = education;
        this.quality = quality;
        this.dataDir = Path.of(dataDir);
        this.count = count;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0 || jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area").query(Long.class).single() > 0) {
            return;
        }
        Path dir = dataDir.resolve(DIR);
        SimulatedLandRelease s = LandReleaseSimulator.write(dir, count, seed);
        // One transaction: a row the services refuse leaves no half-loaded programme behind.
        installation.asSystem(() -> transaction.execute(status -> {
            load(dir);
            return null;
        }));
        log.info("Demo land release: {} hazardous areas, {} activities, {} finds, {} accidents, {} risk-education sessions,"
                + " {} QA/QC visits", s.hazardAreas(), s.activities(), s.finds(), s.accidents(), s.riskEducation(),
                s.qaVisits());
    }

    /** Loads a folder the simulator wrote; public to the tests of this package. */
    void load(Path dir) {
        List<Long> areaIds;
        try (InputStream in = Files.newInputStream(dir.resolve("hazard-areas.geojson"))) {
            areaIds = areas.importFile("hazard-areas.geojson", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Long> activityIds = new ArrayList<>();
        Map<Integer, CSVRecord> completions = new HashMap<>();
        each(dir, "activities.csv", r -> {
            Activity a = activities.create(new ActivityRequest(areaIds.get(Integer.parseInt(r.get("area"))), r.get("type"),
                    r.get("organisation"), r.get("team"), r.get("methods").isEmpty() ? List.of()
                            : Arrays.asList(r.get("methods").split(";")), null, r.get("start_date"), "ONGOING", null,
                    null, null));
            if (!r.get("end_date").isEmpty()) {
                completions.put(activityIds.size(), r);
            }
            activityIds.add(a.id());
        });
        each(dir, "finds.csv", r -> activities.addFind(activityIds.get(Integer.parseInt(r.get("activity"))),
                new FindRequest(Double.valueOf(r.get("lat")), Double.valueOf(r.get("lon")), null, null, r.get("category"),
                        r.get("model"), Integer.valueOf(r.get("quantity")), r.get("condition"),
                        Integer.valueOf(r.get("depth_cm")), r.get("found_on"), r.get("disposal"), null)));
        completions.forEach((index, r) -> activities.complete(activityIds.get(index), new CompletionRequest(
                r.get("end_date"), RequestFields.number(r.get("cancelled_m2"), "cancelled_m2"),
                RequestFields.number(r.get("reduced_m2"), "reduced_m2"), RequestFields.number(r.get("cleared_m2"),
                        "cleared_m2"), RequestFields.whole(r.get("clearance_depth_cm"), "clearance_depth_cm"))));
        for (long id : areaIds) {
            // Products are written to a millionth of a m², so "fully released" allows half a square metre.
            if (areas.detail(id).area().remainingAreaM2() < 0.5) {
                areas.changeStatus(id, AreaStatus.CLOSED, null, "released by survey and clearance");
            }
        }
        Map<String, List<AccidentRequest.VictimRequest>> victims = new HashMap<>();
        each(dir, "victims.csv", r -> victims.computeIfAbsent(r.get("accident"), k -> new ArrayList<>())
                .add(new AccidentRequest.VictimRequest(r.get("sex"), Integer.valueOf(r.get("age")), r.get("outcome"),
                        r.get("injury"))));
        each(dir, "accidents.csv", r -> accidents.record(new AccidentRequest(Double.valueOf(r.get("lat")),
                Double.valueOf(r.get("lon")), r.get("occurred_on"), r.get("device"), r.get("activity_at_time"), null,
                areaIds.get(Integer.parseInt(r.get("area"))), null, victims.getOrDefault(r.get("accident"), List.of()))));
        each(dir, "risk-education.csv", r -> education.record(new RiskEducationRequest(r.get("held_on"), r.get("place"),
                Double.valueOf(r.get("lat")), Double.valueOf(r.get("lon")), null, r.get("organisation"), r.get("method"),
                Integer.valueOf(r.get("girls")), Integer.valueOf(r.get("boys")), Integer.valueOf(r.get("women")),
                Integer.valueOf(r.get("men")))));
        each(dir, "qa-visits.csv", r -> quality.record(new QaVisitRequest(r.get("visit_type"), r.get("visited_on"),
                r.get("inspected"), r.get("inspecting"), null, r.get("findings"), r.get("nc_severity").isEmpty() ? List.of()
                        : List.of(new QaVisitRequest.NonconformityRequest(r.get("nc_severity"), r.get("nc_description"))))));
    }

    private static void each(Path dir, String file, Consumer<CSVRecord> row) {
        try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                try {
                    row.accept(r);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
