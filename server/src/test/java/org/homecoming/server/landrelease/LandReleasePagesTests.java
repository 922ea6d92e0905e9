package org.homecoming.server.landrelease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.TestUsers.fieldVn;
import static org.homecoming.server.TestUsers.mineActionVn;
import static org.homecoming.server.TestUsers.qualityVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of land release as a person uses them: the list and page of a hazardous area in both languages, the
 * status form that refuses with its message, an activity opened, a find added and the activity completed from the
 * tablet forms, and its completion report as PDF.
 */
@HomecomingTest
class LandReleasePagesTests {

    @Autowired
    MockMvc mvc;
    long area;

    @BeforeEach
    void anArea() throws Exception {
        String body = mvc.perform(post("/api/v1/hazard-areas").with(mineActionVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"Feature\",\"properties\":{\"class\":\"CHA\",\"name\":\"Đồi <b>Cỏ</b>\","
                                + "\"evidence\":[\"DETONATION\",\"FORMER_COMBAT_ZONE\"],\"devices\":[\"CLUSTER_MUNITION\"]},"
                                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[106.70,16.70],[106.705,16.70],"
                                + "[106.705,16.705],[106.70,16.705],[106.70,16.70]]]}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        area = ((Number) JsonPath.read(body, "$.properties.id")).longValue();
    }

    @Test
    void theAreaPagesSpeakTheReadersLanguageAndEscapeNames() throws Exception {
        mvc.perform(get("/hazard-areas").param("lang", "vi").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Khu vực xác nhận ô nhiễm (CHA)")))
                .andExpect(content().string(containsString("Đồi &lt;b&gt;Cỏ&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>Cỏ</b>"))));
        mvc.perform(get("/hazard-areas/" + area).param("lang", "en").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmed hazardous area (CHA)")))
                .andExpect(content().string(containsString("Detonations")))
                .andExpect(content().string(containsString("indirect")))
                .andExpect(content().string(containsString("Within 2 km of its centre")))
                .andExpect(content().string(not(containsString("Change the status"))));
        mvc.perform(get("/hazard-areas/" + area + "/area.geojson").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"FeatureCollection\"")));
    }

    @Test
    void theStatusFormRefusesWithoutAReasonAndRecordsWithOne() throws Exception {
        mvc.perform(post("/hazard-areas/" + area + "/status").with(mineActionVn()).with(csrf()).param("status", "CLOSED")
                        .param("reason", ""))
                .andExpect(redirectedUrlPattern("/hazard-areas/*")).andExpect(flash().attribute("error", "reason: required"));
        mvc.perform(post("/hazard-areas/" + area + "/status").with(mineActionVn()).with(csrf()).param("status", "CLOSED")
                        .param("reason", "cancelled by survey"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(post("/hazard-areas/" + area + "/status").with(fieldVn()).with(csrf()).param("status", "OPEN")
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFieldTeamRecordsAnActivityAFindAndCompletesItThenPrintsTheReport() throws Exception {
        mvc.perform(post("/activities").with(fieldVn()).with(csrf()).param("hazardAreaId", String.valueOf(area))
                        .param("type", "CLEARANCE").param("organisation", "").param("startDate", "2024-03-01"))
                .andExpect(status().isOk()).andExpect(model().attribute("error", "organisation: required"));
        String location = mvc.perform(post("/activities").with(fieldVn()).with(csrf())
                        .param("hazardAreaId", String.valueOf(area)).param("type", "CLEARANCE")
                        .param("organisation", "Đội rà phá số 2").param("methods", "MANUAL", "DOGS")
                        .param("startDate", "2024-03-01"))
                .andExpect(redirectedUrlPattern("/activities/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/finds").with(fieldVn()).with(csrf()).param("lat", "16,702").param("lon", "106,701")
                        .param("category", "CLUSTER_MUNITION").param("model", "BLU-26").param("quantity", "3")
                        .param("condition", "ARMED").param("foundOn", "2024-03-04").param("disposal", "DESTROYED_IN_SITU"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(post(location + "/complete").with(fieldVn()).with(csrf()).param("endDate", "2024-05-20")
                        .param("clearedM2", "1200"))
                .andExpect(flash().attribute("completeError", "clearanceDepthCm: required, in cm above 0, when land is cleared"));
        mvc.perform(post(location + "/complete").with(fieldVn()).with(csrf()).param("endDate", "2024-05-20")
                        .param("clearedM2", "1200").param("clearanceDepthCm", "30"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get(location).param("lang", "vi").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoàn thành")))
                .andExpect(content().string(containsString("Bom, đạn chùm")))
                .andExpect(content().string(containsString("1.200 m²")));
        byte[] pdf = mvc.perform(get(location + "/report.pdf").param("lang", "en").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Completion report AC-").contains("Đội rà phá số 2").contains("1,200 m²")
                    .contains("0.12 ha").contains("30 cm").contains("BLU-").contains("3 Armed").contains("Destroyed where found");
        }
    }

    @Test
    void accidentsRiskEducationAndQualityPagesWorkFromTheirForms() throws Exception {
        mvc.perform(post("/accidents").with(fieldVn()).with(csrf()).param("lat", "16.75").param("lon", "107.05")
                        .param("occurredOn", "2025-06-02").param("deviceCategory", "UXO_BOMB")
                        .param("activityAtTime", "FARMING"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("error", containsString("victims: at least one person")));
        String accident = mvc.perform(post("/accidents").with(fieldVn()).with(csrf()).param("lat", "16.75")
                        .param("lon", "107.05").param("occurredOn", "2025-06-02").param("deviceCategory", "UXO_BOMB")
                        .param("activityAtTime", "FARMING").param("outcome0", "INJURED").param("sex0", "F")
                        .param("age0", "34").param("injury0", "<i>leg</i>"))
                .andExpect(redirectedUrlPattern("/accidents/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(accident).param("lang", "en").with(fieldVn()))
                .andExpect(content().string(containsString("&lt;i&gt;leg&lt;/i&gt;")))
                .andExpect(content().string(containsString("Farming")));
        mvc.perform(get(accident).param("lang", "en").with(viewerVn()))
                .andExpect(content().string(containsString("are not shown to you")))
                .andExpect(content().string(not(containsString("leg"))));
        mvc.perform(post("/risk-education").with(fieldVn()).with(csrf()).param("heldOn", "2025-05-12")
                        .param("place", "Trường Hướng Phùng").param("organisation", "Team 3").param("method", "SCHOOL")
                        .param("girls", "40").param("boys", "1200"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/risk-education"));
        mvc.perform(get("/risk-education").param("lang", "vi").with(viewerVn()))
                .andExpect(content().string(containsString("Trường học")))
                .andExpect(content().string(containsString("1.200")));
        String visit = mvc.perform(post("/qa-visits").with(qualityVn()).with(csrf()).param("visitType", "QA")
                        .param("visitedOn", "2025-04-02").param("inspectedOrganisation", "Team 2")
                        .param("inspectingOrganisation", "VNMAC").param("ncSeverity", "MAJOR")
                        .param("ncDescription", "detector not tested"))
                .andExpect(redirectedUrlPattern("/qa-visits/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(visit).param("lang", "en").with(mineActionVn()))
                .andExpect(content().string(containsString("detector not tested")))
                .andExpect(content().string(not(containsString("name=\"correctiveAction\""))));
        mvc.perform(get(visit).param("lang", "en").with(qualityVn()))
                .andExpect(content().string(containsString("name=\"correctiveAction\"")));
    }

    @Test
    void aCentreImportsAreasFromAGeoJsonFileOrSeesWhyNot() throws Exception {
        String good = "{\"type\":\"Feature\",\"properties\":{\"class\":\"SHA\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[106.80,16.60],[106.803,16.60],[106.803,16.603],[106.80,16.603],[106.80,16.60]]]}}";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/hazard-areas/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "areas.geojson", "application/geo+json",
                                ("{\"type\":\"FeatureCollection\",\"features\":[" + good + ",{\"type\":\"Feature\"}]}")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(mineActionVn()).with(csrf()))
                .andExpect(flash().attribute("error", containsString("areas.geojson: features[1]: properties")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/hazard-areas/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "areas.geojson", "application/geo+json",
                                ("{\"type\":\"FeatureCollection\",\"features\":[" + good + "]}").getBytes(StandardCharsets.UTF_8)))
                        .with(mineActionVn()).with(csrf()))
                .andExpect(flash().attribute("imported", 1));
    }

    @Test
    void aMissionsPageWarnsOfTheGroundAndRefusesTheExcavationWhileItIsNotCleared() throws Exception {
        String site = JsonPath.read(mvc.perform(post("/api/v1/sites").with(fieldVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"GRAVE\",\"name\":\"Mộ đơn\",\"province\":\"Quảng Trị\",\"lat\":16.702,"
                                + "\"lon\":106.702}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.ref");
        String mission = mvc.perform(post("/recovery-missions").with(fieldVn()).with(csrf()).param("site", site)
                        .param("type", "EXCAVATION").param("team", "JFA").param("startDate", "2025-03-02")
                        .param("hazardAreaId", String.valueOf(area)))
                .andExpect(redirectedUrlPattern("/recovery-missions/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(mission).param("lang", "en").with(viewerVn()))
                .andExpect(content().string(containsString("Within 1 km of the site")))
                .andExpect(content().string(containsString("Open hazardous areas within about 1 km: HA-")));
        mvc.perform(post(mission + "/excavated").with(fieldVn()).with(csrf()).param("excavatedOn", "2025-03-20"))
                .andExpect(flash().attribute("error", containsString("is not closed")));
    }
}
