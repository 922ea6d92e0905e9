package org.homecoming.server.landrelease.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.TestUsers.fieldVn;
import static org.homecoming.server.TestUsers.mineActionUs;
import static org.homecoming.server.TestUsers.mineActionVn;
import static org.homecoming.server.TestUsers.viewerUs;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The contract of {@code /api/v1/hazard-areas} on each database the server supports ({@link HazardAreaOnH2Tests},
 * {@link HazardAreaOnPostgresTests}): creation from a Feature with its defaults, refusals that name the problem,
 * filters, roles, sides, status history, overlaps flagged and never merged, and the all-or-nothing import.
 */
abstract class HazardAreaContract {

    /** Each test draws its areas in a square of its own so that other tests' areas never meet them. */
    private static final AtomicInteger SPOT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    abstract String expectedDatabase();

    /** A square of {@code side} degrees with its south-west corner at (lon, lat), as a GeoJSON Polygon. */
    static String square(double lon, double lat, double side) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],"
                + "[%.6f,%.6f],[%.6f,%.6f]]]}", lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side, lon, lat);
    }

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    /** A fresh south-west corner inside Quảng Trị (north-west of Đông Hà), 0.02° apart per call. */
    private static double[] spot() {
        int n = SPOT.getAndIncrement();
        return new double[] {106.90 + 0.02 * (n % 10), 16.85 + 0.02 * (n / 10)};
    }

    private long create(String feature, RequestPostProcessor user) throws Exception {
        String body = mvc.perform(post("/api/v1/hazard-areas").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content(feature))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.properties.id")).longValue();
    }

    @Test
    void runsOnTheExpectedDatabase() throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void aFeatureWithOnlyItsClassIsStoredWithItsDefaults() throws Exception {
        double[] s = spot();
        String body = mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(feature("{\"class\":\"SHA\"}", square(s[0], s[1], 0.01))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/hazard-areas/")))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.properties.class").value("SHA"))
                .andExpect(jsonPath("$.properties.status").value("OPEN"))
                .andExpect(jsonPath("$.properties.province").value("Quảng Trị"))
                .andExpect(jsonPath("$.properties.provinceOld").value("Quảng Trị"))
                .andExpect(jsonPath("$.properties.statusHistory[0].status").value("OPEN"))
                .andExpect(jsonPath("$.geometry.type").value("Polygon"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // 0.01° × 0.01° at 16.85°N: 1,106.3 m (meridian arc) × 1,065.9 m (parallel) ≈ 1.1792e6 m².
        double area = ((Number) JsonPath.read(body, "$.properties.areaM2")).doubleValue();
        assertThat(area).isCloseTo(1_179_200, org.assertj.core.api.Assertions.within(2_000.0));
        assertThat(((Number) JsonPath.read(body, "$.properties.remainingAreaM2")).doubleValue()).isEqualTo(area);
        assertThat((String) JsonPath.read(body, "$.properties.ref")).matches("HA-\\d{4}-\\d{6}");
    }

    @Test
    void aSelfIntersectingOutlineIsRefusedNamingWhere() throws Exception {
        double[] s = spot();
        String bowtie = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],"
                + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", s[0], s[1], s[0] + 0.01, s[1] + 0.01, s[0] + 0.01, s[1],
                s[0], s[1] + 0.01, s[0], s[1]);
        long before = jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area").query(Long.class).single();
        mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(feature("{\"class\":\"CHA\"}", bowtie)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString(String.format(Locale.ROOT,
                        "self-intersection at %.4f %.4f", s[0] + 0.005, s[1] + 0.005))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anOutlineOutsideVietNamIsRefusedUnlessTheRecordSaysSo() throws Exception {
        mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(feature("{\"class\":\"SHA\"}", square(100.50, 13.70, 0.01))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("outside")));
        mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(feature("{\"class\":\"SHA\",\"outsideCountry\":true}", square(100.50, 13.70, 0.01))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.properties.outsideCountry").value(true));
    }

    @Test
    void onlyMineActionOfficersRecordLand() throws Exception {
        double[] s = spot();
        String f = feature("{\"class\":\"SHA\"}", square(s[0], s[1], 0.005));
        mvc.perform(post("/api/v1/hazard-areas").with(fieldVn()).contentType(MediaType.APPLICATION_JSON).content(f))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/hazard-areas").with(viewerVn()).contentType(MediaType.APPLICATION_JSON).content(f))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOtherSideSeesAnAreaOnlyOnceShared() throws Exception {
        double[] s = spot();
        long id = create(feature("{\"class\":\"CHA\"}", square(s[0], s[1], 0.005)), mineActionVn());
        mvc.perform(get("/api/v1/hazard-areas/" + id).with(viewerUs())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hazard-areas").with(viewerUs()))
                .andExpect(jsonPath("$.features[*].properties.id", not(hasItem((int) id))));
        mvc.perform(post("/api/v1/hazard-areas/" + id + "/share").with(mineActionUs())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/hazard-areas/" + id + "/share").with(mineActionVn())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/hazard-areas/" + id).with(viewerUs())).andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.shared").value(true));
    }

    @Test
    void theListFiltersByStatusAndBox() throws Exception {
        double[] s = spot();
        long open = create(feature("{\"class\":\"SHA\"}", square(s[0], s[1], 0.004)), mineActionVn());
        long closed = create(feature("{\"class\":\"SHA\",\"status\":\"CLOSED\"}", square(s[0] + 0.01, s[1], 0.004)),
                mineActionVn());
        String box = String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", s[0] - 0.001, s[1] - 0.001, s[0] + 0.019, s[1] + 0.019);
        mvc.perform(get("/api/v1/hazard-areas").param("bbox", box).with(viewerVn()))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(2));
        mvc.perform(get("/api/v1/hazard-areas").param("bbox", box).param("status", "OPEN").with(viewerVn()))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.id").value((int) open));
        mvc.perform(get("/api/v1/hazard-areas").param("bbox", box).param("province", "Quảng Trị").param("status", "CLOSED")
                        .with(viewerVn()))
                .andExpect(jsonPath("$.features[0].properties.id").value((int) closed));
    }

    @Test
    void statusChangesAreKeptWithTheirDateAndReasonAndHandingOverIsFinal() throws Exception {
        double[] s = spot();
        long id = create(feature("{\"class\":\"CHA\"}", square(s[0], s[1], 0.004)), mineActionVn());
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        mvc.perform(post("/api/v1/hazard-areas/" + id + "/status").with(mineActionVn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CLOSED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("reason: required"));
        mvc.perform(post("/api/v1/hazard-areas/" + id + "/status").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\",\"effectiveOn\":\"" + today + "\",\"reason\":\"cleared by team 2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.status").value("CLOSED"))
                .andExpect(jsonPath("$.properties.statusHistory.length()").value(2))
                .andExpect(jsonPath("$.properties.statusHistory[1].reason").value("cleared by team 2"))
                .andExpect(jsonPath("$.properties.statusHistory[1].effectiveOn").value(today));
        mvc.perform(post("/api/v1/hazard-areas/" + id + "/status").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"HANDED_OVER\",\"reason\":\"handed to the commune\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/hazard-areas/" + id + "/status").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"OPEN\",\"reason\":\"new find\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void overlappingOpenAreasAreFlaggedForReviewNotMerged() throws Exception {
        double[] s = spot();
        long first = create(feature("{\"class\":\"SHA\"}", square(s[0], s[1], 0.01)), mineActionVn());
        String body = mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(feature("{\"class\":\"SHA\"}", square(s[0] + 0.005, s[1], 0.01))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.properties.needsOverlapReview").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long second = ((Number) JsonPath.read(body, "$.properties.id")).longValue();
        // The overlap is half of each square: 0.005° × 0.01°, about 5.896e5 m² at 16.85°N.
        mvc.perform(get("/api/v1/hazard-areas/" + first).with(viewerVn()))
                .andExpect(jsonPath("$.properties.needsOverlapReview").value(true))
                .andExpect(jsonPath("$.properties.overlaps[0].overlapM2", closeTo(589_600, 2_000)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area WHERE id IN (?, ?)").params(first, second)
                .query(Long.class).single()).isEqualTo(2);
        mvc.perform(post("/api/v1/hazard-areas/" + first + "/overlaps/" + second + "/review").with(mineActionVn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"two operators, same field\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/hazard-areas/" + second).with(viewerVn()))
                .andExpect(jsonPath("$.properties.needsOverlapReview").value(false));
    }

    @Test
    void anImportStoresEveryFeatureOrNone() throws Exception {
        double[] s = spot();
        String good = feature("{\"class\":\"SHA\"}", square(s[0], s[1], 0.004));
        String bad = feature("{\"class\":\"XYZ\"}", square(s[0] + 0.01, s[1], 0.004));
        long before = jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area").query(Long.class).single();
        mvc.perform(multipart("/api/v1/hazard-areas/imports").file(new MockMultipartFile("file", "areas.geojson",
                        "application/geo+json", ("{\"type\":\"FeatureCollection\",\"features\":[" + good + "," + bad + "]}")
                                .getBytes(StandardCharsets.UTF_8))).with(mineActionVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("areas.geojson: features[1]: class")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lr_hazard_area").query(Long.class).single()).isEqualTo(before);
        mvc.perform(multipart("/api/v1/hazard-areas/imports").file(new MockMultipartFile("file", "areas.geojson",
                        "application/geo+json", ("{\"type\":\"FeatureCollection\",\"features\":[" + good + "]}")
                                .getBytes(StandardCharsets.UTF_8))).with(mineActionVn()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.imported").value(1));
    }

    @Test
    void anAreaOfEvidencePointsNeedsItsEstimate() throws Exception {
        double[] s = spot();
        String points = String.format(Locale.ROOT, "[{\"type\":\"EVIDENCE\",\"kind\":\"SUBMUNITION\",\"lon\":%.4f,\"lat\":%.4f},"
                + "{\"type\":\"USAGE\",\"kind\":\"VERIFIED_TARGET\",\"lon\":%.4f,\"lat\":%.4f}]", s[0], s[1], s[0] + 0.002, s[1]);
        mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(feature("{\"class\":\"CHA\",\"points\":" + points + "}", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("estimatedAreaM2")));
        mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(feature("{\"class\":\"CHA\",\"estimatedAreaM2\":40000,\"devices\":[\"CLUSTER_MUNITION\"],"
                                + "\"points\":" + points + "}", "null")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geometry.type").value("MultiPoint"))
                .andExpect(jsonPath("$.properties.areaM2").value(40000.0))
                .andExpect(jsonPath("$.properties.points.length()").value(2))
                .andExpect(jsonPath("$.properties.devices[0]").value("CLUSTER_MUNITION"));
    }
}
