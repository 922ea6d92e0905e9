package org.homecoming.server.landrelease.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.homecoming.server.TestUsers.fieldUs;
import static org.homecoming.server.TestUsers.fieldVn;
import static org.homecoming.server.TestUsers.mineActionVn;
import static org.homecoming.server.TestUsers.viewerUs;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.homecoming.server.landrelease.bombing.ImportProgress;
import org.homecoming.server.landrelease.bombing.ThorImporter;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Recovery missions on each database the server supports ({@link MissionOnH2Tests}, {@link MissionOnPostgresTests}):
 * the rule that a site is marked excavated only once the ordnance clearance of its ground is closed, the grid and
 * finds linked to their records, sides and joint teams, and the warning of bombing recorded around the site.
 */
abstract class MissionContract {

    private static final AtomicInteger SPOT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ThorImporter thor;
    @Autowired
    LocalInstallation installation;

    abstract String expectedDatabase();

    String site;
    long area;
    double lon;
    double lat;

    private ResultActions send(String path, RequestPostProcessor user, String json) throws Exception {
        return mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A grave site in Quảng Trị and the open hazardous area around it, each test in a place of its own. */
    @BeforeEach
    void fixture() throws Exception {
        int n = SPOT.getAndIncrement();
        lon = 106.60 + 0.05 * n;
        lat = 16.50;
        site = JsonPath.read(body(send("/api/v1/sites", fieldVn(), String.format(Locale.ROOT, "{\"kind\":\"GRAVE\","
                + "\"name\":\"Mộ đơn %d\",\"province\":\"Quảng Trị\",\"lat\":%.4f,\"lon\":%.4f}", n, lat + 0.002, lon + 0.002))
                .andExpect(status().isCreated())), "$.ref");
        String square = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],"
                + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", lon, lat, lon + 0.004, lat, lon + 0.004, lat + 0.004, lon,
                lat + 0.004, lon, lat);
        area = ((Number) JsonPath.read(body(send("/api/v1/hazard-areas", mineActionVn(), "{\"type\":\"Feature\","
                + "\"properties\":{\"class\":\"CHA\"},\"geometry\":" + square + "}").andExpect(status().isCreated())),
                "$.properties.id")).longValue();
    }

    private long mission(String type, Long hazardArea, boolean joint) throws Exception {
        return ((Number) JsonPath.read(body(send("/api/v1/recovery-missions", fieldVn(), "{\"site\":\"" + site
                + "\",\"type\":\"" + type + "\",\"team\":\"JFA 2026-3\",\"joint\":" + joint + ",\"startDate\":\"2025-03-02\""
                + (hazardArea == null ? "" : ",\"hazardAreaId\":" + hazardArea) + "}").andExpect(status().isCreated())),
                "$.id")).longValue();
    }

    @Test
    void runsOnTheExpectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void aSiteIsMarkedExcavatedOnlyOnceTheClearanceOfItsGroundIsClosed() throws Exception {
        long none = mission("EXCAVATION", null, false);
        send("/api/v1/recovery-missions/" + none + "/excavated", fieldVn(), "{\"excavatedOn\":\"2025-03-20\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(containsString("no ordnance clearance is recorded")));
        long m = mission("EXCAVATION", area, false);
        send("/api/v1/recovery-missions/" + m + "/excavated", fieldVn(), "{\"excavatedOn\":\"2025-03-20\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(containsString("is not closed")));
        send("/api/v1/hazard-areas/" + area + "/status", mineActionVn(), "{\"status\":\"CLOSED\",\"effectiveOn\":"
                + "\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"reason\":\"cleared\"}")
                .andExpect(status().isOk());
        send("/api/v1/recovery-missions/" + m + "/excavated", fieldVn(), "{\"excavatedOn\":\"2025-03-20\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excavatedOn").value("2025-03-20"))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        send("/api/v1/recovery-missions/" + m + "/excavated", fieldVn(), "{\"excavatedOn\":\"2025-03-21\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void theGridAndTheFindsPointAtTheirRecords() throws Exception {
        long m = mission("EXCAVATION", area, false);
        send("/api/v1/recovery-missions/" + m + "/units", fieldVn(), "{\"label\":\"A1\",\"sizeM\":4,\"depthReachedCm\":80}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.units[0].depthReachedCm").value(80));
        send("/api/v1/recovery-missions/" + m + "/units", fieldVn(), "{\"label\":\"A1\",\"sizeM\":4,\"depthReachedCm\":90}")
                .andExpect(status().isConflict());
        send("/api/v1/recovery-missions/" + m + "/finds", fieldVn(), "{\"kind\":\"REMAINS\",\"record\":\"R-NOT-THERE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("record: no remains R-NOT-THERE"));
        send("/api/v1/recovery-missions/" + m + "/finds", fieldVn(), "{\"kind\":\"ORDNANCE\",\"record\":\"1\",\"unit\":\"B9\"}")
                .andExpect(status().isBadRequest());
        long activity = ((Number) JsonPath.read(body(send("/api/v1/activities", fieldVn(), "{\"hazardAreaId\":" + area
                + ",\"type\":\"CLEARANCE\",\"organisation\":\"Team\",\"methods\":[\"MANUAL\"],\"startDate\":\"2025-02-01\"}")),
                "$.id")).longValue();
        long find = ((Number) JsonPath.read(body(send("/api/v1/activities/" + activity + "/finds", fieldVn(),
                String.format(Locale.ROOT, "{\"lat\":%.4f,\"lon\":%.4f,\"category\":\"UXO_MORTAR\",\"foundOn\":\"2025-02-03\"}",
                        lat + 0.001, lon + 0.001))), "$.id")).longValue();
        send("/api/v1/recovery-missions/" + m + "/finds", fieldVn(), "{\"kind\":\"ORDNANCE\",\"record\":\"" + find
                + "\",\"unit\":\"A1\",\"note\":\"60 mm mortar at 40 cm\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finds[0].kind").value("ORDNANCE"))
                .andExpect(jsonPath("$.finds[0].recordId").value((int) find))
                .andExpect(jsonPath("$.finds[0].unit").value("A1"));
    }

    @Test
    void rolesAndSides() throws Exception {
        send("/api/v1/recovery-missions", viewerVn(), "{\"site\":\"" + site + "\",\"type\":\"INVESTIGATION\",\"team\":\"x\","
                + "\"startDate\":\"2025-03-02\"}").andExpect(status().isForbidden());
        long own = mission("INVESTIGATION", null, false);
        long joint = mission("INVESTIGATION", null, true);
        mvc.perform(get("/api/v1/recovery-missions/" + own).with(viewerUs())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/recovery-missions/" + joint).with(viewerUs())).andExpect(status().isOk());
        send("/api/v1/recovery-missions/" + joint + "/units", fieldUs(), "{\"label\":\"C3\",\"sizeM\":2,"
                + "\"depthReachedCm\":50}").andExpect(status().isOk());
        send("/api/v1/recovery-missions/" + own + "/share", fieldVn(), "").andExpect(status().isOk());
        mvc.perform(get("/api/v1/recovery-missions/" + own).with(viewerUs())).andExpect(status().isOk());
    }

    @Test
    void theWarningSumsTheBombingAroundTheSiteAndNamesOpenAreasNearIt() throws Exception {
        long base = 9_100_000_000L + 1_000_000L * SPOT.get() + (expectedDatabase().equals("H2") ? 0 : 500_000);
        // Two missions 300 m from the site (inside 1 km), one 3 km away (inside 5 km only), one 20 km away.
        String csv = "THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,WEAPONTYPECLASS,NUMWEAPONSDELIVERED\n"
                + String.format(Locale.ROOT, "%d,1968-03-02,%.5f,%.5f,CBU,40\n", base + 1, lat + 0.002 + 0.0027, lon + 0.002)
                + String.format(Locale.ROOT, "%d,1968-03-03,%.5f,%.5f,BOMB,12\n", base + 2, lat + 0.002 - 0.0027, lon + 0.002)
                + String.format(Locale.ROOT, "%d,1968-03-04,%.5f,%.5f,BOMB,6\n", base + 3, lat + 0.002 + 0.027, lon + 0.002)
                + String.format(Locale.ROOT, "%d,1968-03-05,%.5f,%.5f,BOMB,9\n", base + 4, lat + 0.2, lon + 0.002);
        installation.asSystem(() -> thor.importFile("warning.csv", new java.io.ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE));
        long m = mission("INVESTIGATION", null, false);
        mvc.perform(get("/api/v1/recovery-missions/" + m).with(viewerVn()))
                .andExpect(jsonPath("$.warning.near.missions").value(2))
                .andExpect(jsonPath("$.warning.near.weapons").value(52))
                .andExpect(jsonPath("$.warning.around.missions").value(3))
                .andExpect(jsonPath("$.warning.around.weapons").value(58))
                .andExpect(jsonPath("$.warning.openAreas[0]").value(org.hamcrest.Matchers.startsWith("HA-")));
    }
}
