package org.homecoming.server.landrelease.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The contract of {@code /api/v1/activities} and {@code /api/v1/finds} on each database the server supports
 * ({@link ActivityOnH2Tests}, {@link ActivityOnPostgresTests}): the product rules, completion lowering the
 * remaining area, finds where found, roles and sides.
 */
abstract class ActivityContract {

    private static final AtomicInteger SPOT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    abstract String expectedDatabase();

    /** An open hazardous area of {@code estimate} m² in Quảng Trị, recorded by the Vietnamese centre. */
    private long area(double estimate) throws Exception {
        int n = SPOT.getAndIncrement();
        double lon = 107.00 + 0.02 * (n % 8);
        double lat = 16.60 + 0.02 * (n / 8);
        String geometry = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],"
                + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", lon, lat, lon + 0.005, lat, lon + 0.005, lat + 0.005, lon,
                lat + 0.005, lon, lat);
        String body = mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"Feature\",\"properties\":{\"class\":\"CHA\",\"estimatedAreaM2\":" + estimate
                                + "},\"geometry\":" + geometry + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.properties.id")).longValue();
    }

    private long activity(long area, String type, RequestPostProcessor user) throws Exception {
        String body = mvc.perform(post("/api/v1/activities").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hazardAreaId\":" + area + ",\"type\":\"" + type + "\",\"organisation\":\"Quảng Trị"
                                + " provincial team\",\"team\":\"Team 2\",\"methods\":[\"MANUAL\",\"DOGS\"],"
                                + "\"startDate\":\"2024-03-01\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private double remaining(long area) {
        return jdbc.sql("SELECT remaining_area_m2 FROM lr_hazard_area WHERE id = ?").param(area).query(Double.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions complete(long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/activities/" + id + "/complete").with(fieldVn())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void runsOnTheExpectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void surveyThenClearanceReleaseTheWholeAreaByTheirOwnProducts() throws Exception {
        long area = area(10_000);
        long nts = activity(area, "NTS", fieldVn());
        complete(nts, "{\"endDate\":\"2024-03-10\",\"cancelledM2\":3000}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.cancelledM2").value(3000.0));
        assertThat(remaining(area)).isCloseTo(7_000, within(1e-6));
        long ts = activity(area, "TS", fieldVn());
        complete(ts, "{\"endDate\":\"2024-04-01\",\"reducedM2\":2500}").andExpect(status().isOk());
        assertThat(remaining(area)).isCloseTo(4_500, within(1e-6));
        long clearance = activity(area, "CLEARANCE", fieldVn());
        complete(clearance, "{\"endDate\":\"2024-05-20\",\"clearedM2\":4500}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("clearanceDepthCm: required, in cm above 0, when land is cleared"));
        complete(clearance, "{\"endDate\":\"2024-05-20\",\"clearedM2\":4500.5,\"clearanceDepthCm\":30}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("still contaminated")));
        complete(clearance, "{\"endDate\":\"2024-05-20\",\"clearedM2\":4500,\"clearanceDepthCm\":30}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.clearanceDepthCm").value(30));
        assertThat(remaining(area)).isZero();
        complete(clearance, "{\"endDate\":\"2024-05-21\",\"clearedM2\":1,\"clearanceDepthCm\":30}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/activities").param("hazardArea", String.valueOf(area)).param("status", "COMPLETED")
                        .with(viewerVn()))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].type").value("CLEARANCE"));
        long planned = activity(area, "NTS", fieldVn());
        mvc.perform(get("/api/v1/activities").param("hazardArea", String.valueOf(area)).param("status", "ONGOING")
                        .with(viewerVn()))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value((int) planned));
    }

    @Test
    void eachTypeYieldsOnlyItsOwnProduct() throws Exception {
        long area = area(5_000);
        long nts = activity(area, "NTS", fieldVn());
        complete(nts, "{\"endDate\":\"2024-03-10\",\"clearedM2\":100,\"clearanceDepthCm\":20}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("clearedM2: a NTS activity only cancels land"));
        long ts = activity(area, "TS", fieldVn());
        complete(ts, "{\"endDate\":\"2024-03-10\",\"cancelledM2\":100}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("cancelledM2: a TS activity only reduces land"));
        complete(ts, "{\"endDate\":\"2024-02-10\",\"reducedM2\":100}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("endDate: 2024-02-10 is before the start, 2024-03-01"));
        assertThat(remaining(area)).isEqualTo(5_000);
    }

    @Test
    void anActivityNeedsItsAreaExceptAnEodSpotTask() throws Exception {
        mvc.perform(post("/api/v1/activities").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"CLEARANCE\",\"organisation\":\"Team\",\"methods\":[\"MANUAL\"],"
                                + "\"startDate\":\"2024-03-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("hazardAreaId: required for CLEARANCE")));
        mvc.perform(post("/api/v1/activities").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"EOD_SPOT\",\"organisation\":\"Team\",\"methods\":[\"MANUAL\"],"
                                + "\"startDate\":\"2024-03-01\",\"lat\":16.75,\"lon\":107.05}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.province").value("Quảng Trị"));
    }

    @Test
    void findsAreRecordedWhereFoundWithTheFieldSheetsCoordinates() throws Exception {
        long area = area(8_000);
        long clearance = activity(area, "CLEARANCE", fieldVn());
        mvc.perform(post("/api/v1/activities/" + clearance + "/finds").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lat\":16.6011,\"lon\":107.0012,\"originalCoordinates\":\"48Q YD 06 36\","
                                + "\"originalSystem\":\"MGRS\",\"category\":\"CLUSTER_MUNITION\",\"model\":\"BLU-26\","
                                + "\"quantity\":3,\"condition\":\"ARMED\",\"depthCm\":15,\"foundOn\":\"2024-03-04\","
                                + "\"disposal\":\"DESTROYED_IN_SITU\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.disposedOn").value("2024-03-04"))
                .andExpect(jsonPath("$.originalSystem").value("MGRS"));
        mvc.perform(post("/api/v1/activities/" + clearance + "/finds").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lat\":16.6011,\"lon\":107.0012,\"category\":\"ROCKET\",\"foundOn\":\"2024-03-04\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("category: ROCKET is not one of")));
        mvc.perform(post("/api/v1/activities/" + clearance + "/finds").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lat\":13.7,\"lon\":100.5,\"category\":\"UXO_BOMB\",\"foundOn\":\"2024-03-04\"}"))
                .andExpect(status().isBadRequest());
        // A field sheet's MGRS reference alone is converted (48Q YD 23788 60464 is 16.81670 N 107.09999 E).
        mvc.perform(post("/api/v1/activities/" + clearance + "/finds").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"originalCoordinates\":\"48Q YD 23788 60464\",\"originalSystem\":\"MGRS\","
                                + "\"category\":\"UXO_BOMB\",\"foundOn\":\"2024-03-05\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lat", org.hamcrest.Matchers.closeTo(16.816695, 1e-5)))
                .andExpect(jsonPath("$.lon", org.hamcrest.Matchers.closeTo(107.099991, 1e-5)));
        mvc.perform(get("/api/v1/activities/" + clearance).with(viewerVn()))
                .andExpect(jsonPath("$.finds.length()").value(2))
                .andExpect(jsonPath("$.finds[0].quantity").value(3));
        mvc.perform(get("/api/v1/finds").param("bbox", "107.0,16.6,107.002,16.602").with(viewerVn()))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(107.0012));
    }

    @Test
    void fieldTeamsRecordAndViewersDoNot() throws Exception {
        long area = area(1_000);
        mvc.perform(post("/api/v1/activities").with(viewerVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hazardAreaId\":" + area + ",\"type\":\"NTS\",\"organisation\":\"x\","
                                + "\"startDate\":\"2024-03-01\"}"))
                .andExpect(status().isForbidden());
        activity(area, "NTS", mineActionVn());
    }

    @Test
    void theOtherSideSeesAnActivityAndItsFindsOnlyOnceShared() throws Exception {
        long area = area(2_000);
        long a = activity(area, "CLEARANCE", fieldVn());
        mvc.perform(post("/api/v1/activities/" + a + "/finds").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lat\":16.61,\"lon\":107.01,\"category\":\"UXO_BOMB\",\"foundOn\":\"" + "2024-03-05"
                        + "\"}")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/activities/" + a).with(viewerUs())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/activities/" + a + "/share").with(fieldUs())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/activities/" + a + "/share").with(fieldVn())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/activities/" + a).with(viewerUs())).andExpect(status().isOk())
                .andExpect(jsonPath("$.finds.length()").value(1));
    }
}
