package org.homecoming.server.landrelease.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.homecoming.server.TestUsers.as;
import static org.homecoming.server.TestUsers.fieldVn;
import static org.homecoming.server.TestUsers.mineActionVn;
import static org.homecoming.server.TestUsers.qualityVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The contract of accidents, risk education and quality management on each database the server supports
 * ({@link SafetyOnH2Tests}, {@link SafetyOnPostgresTests}): victims' details by role, side and consent, audited;
 * only a quality manager closes a non-conformity.
 */
abstract class SafetyContract {

    private static final RequestPostProcessor LIAISON_US = as("liaison-us", Side.US, Role.LIAISON);
    private static final RequestPostProcessor ADMIN_VN = as("admin-vn", Side.VN, Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditLog audit;

    abstract String expectedDatabase();

    private String send(String path, RequestPostProcessor user, String json, int expected) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static final String ACCIDENT = "{\"lat\":16.75,\"lon\":107.05,\"occurredOn\":\"2025-06-02\","
            + "\"deviceCategory\":\"CLUSTER_MUNITION\",\"activityAtTime\":\"SCRAP_COLLECTING\",\"victims\":["
            + "{\"sex\":\"M\",\"age\":14,\"outcome\":\"INJURED\",\"injury\":\"left hand\"},"
            + "{\"sex\":\"M\",\"age\":41,\"outcome\":\"KILLED\"}]}";

    @Test
    void runsOnTheExpectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void anAccidentGivesEachVictimAStableReferenceAndCountsTheCasualties() throws Exception {
        String body = send("/api/v1/accidents", fieldVn(), ACCIDENT, 201);
        assertThat((String) JsonPath.read(body, "$.ref")).matches("ACC-\\d{4}-\\d{6}");
        mvc.perform(get("/api/v1/accidents/" + JsonPath.read(body, "$.id")).with(fieldVn()))
                .andExpect(jsonPath("$.killed").value(1))
                .andExpect(jsonPath("$.injured").value(1))
                .andExpect(jsonPath("$.province").value("Quảng Trị"))
                .andExpect(jsonPath("$.deminingAccident").value(false))
                .andExpect(jsonPath("$.victims[0].personRef", matchesPattern("VIC-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.victims[0].injury").value("left hand"));
    }

    @Test
    void badAccidentsAreRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/accidents").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCIDENT.replace("\"activityAtTime\":\"SCRAP_COLLECTING\"",
                                "\"activityAtTime\":\"SCRAP_COLLECTING\",\"deminingAccident\":true")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("deminingAccident: true contradicts")));
        mvc.perform(post("/api/v1/accidents").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCIDENT.replace("\"age\":14", "\"age\":140")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("victims[0].age: between 0 and 120: 140"));
        mvc.perform(post("/api/v1/accidents").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content(ACCIDENT.replace("2025-06-02", "2999-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("occurredOn: 2999-01-01 is in the future"));
        mvc.perform(post("/api/v1/accidents").with(viewerVn()).contentType(MediaType.APPLICATION_JSON).content(ACCIDENT))
                .andExpect(status().isForbidden());
    }

    @Test
    void victimsDetailsAreForTheRolesThatNeedThemAndEachViewIsAudited() throws Exception {
        long id = ((Number) JsonPath.read(send("/api/v1/accidents", fieldVn(), ACCIDENT, 201), "$.id")).longValue();
        long views = audit.count(AccidentService.VICTIM_ENTITY, String.valueOf(id));
        mvc.perform(get("/api/v1/accidents/" + id).with(viewerVn()))
                .andExpect(jsonPath("$.killed").value(1)).andExpect(jsonPath("$.victims.length()").value(0));
        assertThat(audit.count(AccidentService.VICTIM_ENTITY, String.valueOf(id))).isEqualTo(views);
        mvc.perform(get("/api/v1/accidents/" + id).with(mineActionVn())).andExpect(jsonPath("$.victims.length()").value(2));
        assertThat(audit.count(AccidentService.VICTIM_ENTITY, String.valueOf(id))).isEqualTo(views + 1);
    }

    @Test
    void aSharedAccidentCrossesWithItsCountsAndOnlyTheConsentingVictimsDetails() throws Exception {
        String body = send("/api/v1/accidents", fieldVn(), ACCIDENT, 201);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/accidents/" + id).with(LIAISON_US)).andExpect(status().isNotFound());
        send("/api/v1/accidents/" + id + "/share", fieldVn(), "", 200);
        mvc.perform(get("/api/v1/accidents/" + id).with(LIAISON_US))
                .andExpect(jsonPath("$.injured").value(1)).andExpect(jsonPath("$.victims.length()").value(0));
        String detail = mvc.perform(get("/api/v1/accidents/" + id).with(fieldVn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long injured = ((Number) JsonPath.read(detail, "$.victims[0].id")).longValue();
        send("/api/v1/accidents/" + id + "/victims/" + injured + "/consent", fieldVn(), "{}", 400);
        send("/api/v1/accidents/" + id + "/victims/" + injured + "/consent", fieldVn(),
                "{\"note\":\"his mother signed form 12 on 2025-07-01\"}", 200);
        mvc.perform(get("/api/v1/accidents/" + id).with(LIAISON_US))
                .andExpect(jsonPath("$.victims.length()").value(1))
                .andExpect(jsonPath("$.victims[0].injury").value("left hand"));
    }

    @Test
    void aRiskEducationSessionReachesSomeoneAndIsPlacedInItsProvince() throws Exception {
        send("/api/v1/risk-education", fieldVn(), "{\"heldOn\":\"2025-05-12\",\"place\":\"Trường THCS Hướng Phùng\","
                + "\"organisation\":\"Team 3\",\"method\":\"SCHOOL\"}", 400);
        String body = send("/api/v1/risk-education", fieldVn(), "{\"heldOn\":\"2025-05-12\",\"place\":\"Trường THCS"
                + " Hướng Phùng\",\"lat\":16.75,\"lon\":107.05,\"organisation\":\"Team 3\",\"method\":\"SCHOOL\","
                + "\"girls\":40,\"boys\":38,\"women\":2}", 201);
        assertThat((String) JsonPath.read(body, "$.province")).isEqualTo("Quảng Trị");
        assertThat((Integer) JsonPath.read(body, "$.boys")).isEqualTo(38);
    }

    @Test
    void onlyAQualityManagerClosesANonconformityAndOnlyOnce() throws Exception {
        String body = send("/api/v1/qa-visits", mineActionVn(), "{\"visitType\":\"QA\",\"visitedOn\":\"2025-04-02\","
                + "\"inspectedOrganisation\":\"Team 2\",\"inspectingOrganisation\":\"VNMAC QM\",\"nonconformities\":["
                + "{\"severity\":\"MAJOR\",\"description\":\"detector not tested at the start of the day\"}]}", 201);
        long nc = ((Number) JsonPath.read(body, "$.nonconformities[0].id")).longValue();
        String close = "{\"correctiveAction\":\"detectors tested each morning from 3 April\"}";
        send("/api/v1/nonconformities/" + nc + "/close", fieldVn(), close, 403);
        send("/api/v1/nonconformities/" + nc + "/close", mineActionVn(), close, 403);
        send("/api/v1/nonconformities/" + nc + "/close", ADMIN_VN, close, 403);
        send("/api/v1/nonconformities/" + nc + "/close", qualityVn(), "{}", 400);
        String closed = send("/api/v1/nonconformities/" + nc + "/close", qualityVn(), close, 200);
        assertThat((Boolean) JsonPath.read(closed, "$.nonconformities[0].closed")).isTrue();
        assertThat((String) JsonPath.read(closed, "$.nonconformities[0].closedBy")).isEqualTo("qm-vn");
        send("/api/v1/nonconformities/" + nc + "/close", qualityVn(), close, 409);
    }
}
