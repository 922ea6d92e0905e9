package org.homecoming.server.landrelease.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.landrelease.activity.ActivityService;
import org.homecoming.server.landrelease.area.HazardAreaService;
import org.homecoming.server.landrelease.safety.AccidentService;
import org.homecoming.server.landrelease.safety.QualityService;
import org.homecoming.server.landrelease.safety.RiskEducationService;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.simulator.landrelease.LandReleaseSimulator;
import org.homecoming.simulator.landrelease.SimulatedLandRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demonstration land-release programme goes in whole through the services a user's records go through. */
@HomecomingTest
class DemoLandReleaseLoaderTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalInstallation installation;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    HazardAreaService areas;
    @Autowired
    ActivityService activities;
    @Autowired
    AccidentService accidents;
    @Autowired
    RiskEducationService education;
    @Autowired
    QualityService quality;

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void everyRecordOfTheSimulatedProgrammeIsStoredAndFullyReleasedAreasAreClosed(@TempDir Path dir) {
        SimulatedLandRelease s = LandReleaseSimulator.write(dir, 30, 11);
        long areasBefore = count("lr_hazard_area");
        long lastArea = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM lr_hazard_area").query(Long.class).single();
        long activitiesBefore = count("lr_activity");
        long findsBefore = count("lr_ordnance_find");
        long accidentsBefore = count("lr_accident");
        long sessionsBefore = count("lr_risk_education");
        long visitsBefore = count("lr_qa_visit");
        DemoLandReleaseLoader loader = new DemoLandReleaseLoader(jdbc, installation, transaction, areas, activities, accidents,
                education, quality, dir.toString(), 30, 11);
        installation.asSystem(() -> {
            loader.load(dir);
            return null;
        });
        assertThat(count("lr_hazard_area") - areasBefore).isEqualTo(s.hazardAreas());
        assertThat(count("lr_activity") - activitiesBefore).isEqualTo(s.activities());
        assertThat(count("lr_ordnance_find") - findsBefore).isEqualTo(s.finds());
        assertThat(count("lr_accident") - accidentsBefore).isEqualTo(s.accidents());
        assertThat(count("lr_risk_education") - sessionsBefore).isEqualTo(s.riskEducation());
        assertThat(count("lr_qa_visit") - visitsBefore).isEqualTo(s.qaVisits());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area WHERE id > ? AND status = 'CLOSED'"
                + " AND remaining_area_m2 < 0.5").param(lastArea).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area WHERE id > ? AND status = 'OPEN'"
                + " AND remaining_area_m2 < 0.5").param(lastArea).query(Long.class).single()).isZero();
    }
}
