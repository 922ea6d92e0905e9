package org.homecoming.server.dioxin.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.remediationVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.homecoming.dioxin.geostat.LocalPlane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The volume above a threshold on each database ({@link VolumeOnH2Tests}, {@link VolumeOnPostgresTests}), on a
 * synthetic site whose answer is known: 2,3,7,8-TCDD alone (CAS 1746-01-6; TEF 1 in every scheme, so TEQ = the value) on a
 * 15 × 15 grid of samples 30 m apart in the 0–0.3 m layer, log10 TEQ = 4 − r/100 m around the grid's centre, so
 * the soil above 1,000 pg/g is exactly the disc of radius 100 m: π × 100² = 31,416 m², 9,425 m³ in the layer.
 * The 0.3–0.6 m layer has five samples, too few to krige.
 */
abstract class VolumeContract {

    private static final AtomicInteger SITE = new AtomicInteger();
    private static final double LAT = 10.97;
    private static final double LON = 106.82;
    private static final double TRUE_AREA = Math.PI * 100 * 100;
    private static final LocalPlane PLANE = new LocalPlane(LAT, LON);

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;

    abstract String expectedDatabase();

    String site;

    @BeforeEach
    void aSiteWithAKnownHotspot() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String tag = expectedDatabase().substring(0, 2).toUpperCase() + SITE.getAndIncrement();
        site = "VOL_" + tag;
        mvc.perform(post("/api/v1/dioxin/sites").with(labVn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + site + "\",\"name\":\"Synthetic\",\"zones\":{\"Z\":\"INDUSTRIAL_COMMERCIAL\"}}"))
                .andExpect(status().isCreated());
        StringBuilder samples = new StringBuilder("sample_id,lat,lon,depth_top_m,depth_bottom_m,matrix,sampled_on,zone,consent_note\n");
        StringBuilder results = new StringBuilder("sample_id,congener,value,unit,detected,detection_limit\n");
        for (int i = 0; i < 15; i++) {
            for (int j = 0; j < 15; j++) {
                double x = -210 + 30 * i;
                double y = -210 + 30 * j;
                add(samples, results, tag + "-" + i + "-" + j, x, y, 0, 0.3, Math.pow(10, 4 - Math.hypot(x, y) / 100));
            }
        }
        for (int k = 0; k < 5; k++) {
            add(samples, results, tag + "-D" + k, -100 + 50 * k, 0, 0.3, 0.6, 500);
        }
        upload("/api/v1/dioxin/sites/" + site + "/samples", samples.toString());
        upload("/api/v1/dioxin/results", results.toString());
    }

    private static void add(StringBuilder samples, StringBuilder results, String ref, double x, double y, double top,
            double bottom, double teq) {
        samples.append(ref).append(',').append(PLANE.lat(y)).append(',').append(PLANE.lon(x)).append(',').append(top)
                .append(',').append(bottom).append(",SOIL,2024-03-01,Z,\n");
        results.append(ref).append(",1746-01-6,").append(teq).append(",pg/g,true,0.5\n");
    }

    private void upload(String path, String text) throws Exception {
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "f.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                .with(labVn())).andExpect(status().isCreated());
    }

    private JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(viewerVn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theVolumeOfTheKnownHotspotLiesWithinTheStatedRange() throws Exception {
        JsonNode v = getJson("/api/v1/dioxin/sites/" + site + "/volume?threshold=1000&tef=who2022&bound=upper");
        assertThat(v.get("tef").asText()).isEqualTo("who2022");
        assertThat(v.get("bound").asText()).isEqualTo("upper");
        assertThat(v.get("region").asText()).isEqualTo("convex-hull");
        assertThat(v.get("samples").asInt()).isEqualTo(230);
        JsonNode layer = v.get("layers").get(0);
        assertThat(v.get("layers")).hasSize(1);
        assertThat(layer.get("samples").asInt()).isEqualTo(225);
        assertThat(layer.get("low").asDouble()).isLessThanOrEqualTo(TRUE_AREA * 0.3);
        assertThat(layer.get("high").asDouble()).isGreaterThanOrEqualTo(TRUE_AREA * 0.3);
        assertThat(layer.get("volumeM3").asDouble()).isCloseTo(TRUE_AREA * 0.3, within(TRUE_AREA * 0.3 * 0.06));
        assertThat(v.get("volumeM3").asDouble()).isEqualTo(layer.get("volumeM3").asDouble());
        assertThat(v.get("areaM2").asDouble()).isEqualTo(layer.get("areaM2").asDouble());
        assertThat(layer.get("variogram").get("experimental").size()).isPositive();
        assertThat(layer.get("crossValidation").get("kriging").get("rmse").asDouble()).isPositive();
        JsonNode skipped = v.get("skippedLayers").get(0);
        assertThat(skipped.get("reason").asText()).isEqualTo("TOO_FEW_SAMPLES");
        assertThat(skipped.get("top").asDouble()).isEqualTo(0.3);
        assertThat(skipped.get("samples").asInt()).isEqualTo(5);
        // The suggested samples lie on the hotspot's uncertain edge: between the certain core and the clean margin.
        assertThat(v.get("nextSamples")).isNotEmpty();
        for (JsonNode s : v.get("nextSamples")) {
            double r = Math.hypot(PLANE.x(s.get("lon").asDouble()), PLANE.y(s.get("lat").asDouble()));
            assertThat(r).isBetween(50.0, 150.0);
        }
        JsonNode features = getJson("/api/v1/dioxin/sites/" + site + "/volume/features?threshold=1000");
        assertThat(features.get("features").get(0).get("properties").get("kind").asText()).isEqualTo("hotspot");
        assertThat(features.get("features").get(0).get("geometry").get("type").asText()).isIn("Polygon", "MultiPolygon");
    }

    @Test
    void aSavedEstimateRecomputesFromItsOwnInputsAfterTheSamplesChange() throws Exception {
        String location = mvc.perform(post("/api/v1/dioxin/sites/" + site + "/volume-estimates?threshold=1000&tef=who2005&bound=upper")
                .with(labVn())).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        double before = getJson("/api/v1/dioxin/sites/" + site + "/volume?threshold=1000").get("volumeM3").asDouble();
        // A second hot sample far from the first hotspot: the site's estimate grows, the saved one does not move.
        StringBuilder samples = new StringBuilder("sample_id,lat,lon,depth_top_m,depth_bottom_m,matrix,sampled_on,zone,consent_note\n");
        StringBuilder results = new StringBuilder("sample_id,congener,value,unit,detected,detection_limit\n");
        add(samples, results, site + "-NEW", 195, 195, 0, 0.3, 50_000);
        upload("/api/v1/dioxin/sites/" + site + "/samples", samples.toString());
        upload("/api/v1/dioxin/results", results.toString());
        double after = getJson("/api/v1/dioxin/sites/" + site + "/volume?threshold=1000").get("volumeM3").asDouble();
        assertThat(after).isGreaterThan(before);
        JsonNode saved = getJson(location);
        assertThat(saved.get("reproduced").asBoolean()).isTrue();
        assertThat(saved.get("saved").get("volumeM3").asDouble()).isEqualTo(before);
        assertThat(saved.get("recomputed").get("volumeM3").asDouble()).isEqualTo(before);
        assertThat(saved.get("saved").get("samples").asInt()).isEqualTo(230);
        assertThat(saved.get("inputs").get("samples")).hasSize(230);
        assertThat(saved.get("inputs").get("tef").asText()).isEqualTo("who2005");
        assertThat(saved.get("createdBy").asText()).isEqualTo("lab-vn");
    }

    @Test
    void remediationOfficersAndAnalystsSaveEstimatesAndOthersOnlyRead() throws Exception {
        String path = "/api/v1/dioxin/sites/" + site + "/volume-estimates?threshold=150";
        mvc.perform(post(path).with(viewerVn())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(remediationVn())).andExpect(status().isCreated());
    }

    @Test
    void thePageShowsTheEstimateAndSavingItLeadsToItsRecomputation() throws Exception {
        String page = mvc.perform(get("/dioxin/sites/" + site + "/volume?threshold=1000&tef=who2005&bound=upper")
                .with(viewerVn()).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        double volume = getJson("/api/v1/dioxin/sites/" + site + "/volume?threshold=1000&tef=who2005&bound=upper")
                .get("volumeM3").asDouble();
        assertThat(page).contains(String.format(java.util.Locale.ENGLISH, "%,.0f m³", volume))
                .contains("Layer 0.30–0.60 m not estimated: 5 samples, at least 10 are needed.")
                .contains("data-variogram-data=").contains("the convex hull of the samples")
                .doesNotContain("Save this estimate"); // a viewer may not save
        String vi = mvc.perform(get("/dioxin/sites/" + site + "/volume?threshold=1000").with(remediationVn())
                .param("lang", "vi")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).contains("Khối lượng vượt ngưỡng").contains("Lưu ước tính này cùng dữ liệu đầu vào");
        String saved = mvc.perform(post("/dioxin/sites/" + site + "/volume-estimates").param("threshold", "1000")
                        .param("tef", "who2005").param("bound", "upper").with(remediationVn())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String shown = mvc.perform(get(saved).with(viewerVn()).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Recomputed from its saved inputs: the same figures.").contains("remediation-vn")
                .contains(String.format(java.util.Locale.ENGLISH, "%,.1f", volume));
    }

    @Test
    void badRequestsNameTheirField() throws Exception {
        mvc.perform(get("/api/v1/dioxin/sites/" + site + "/volume?threshold=-5").with(viewerVn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString("threshold")));
        mvc.perform(get("/api/v1/dioxin/sites/" + site + "/volume?cell=0.1").with(viewerVn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString("choose larger cells")));
        mvc.perform(get("/api/v1/dioxin/sites/NOWHERE/volume").with(viewerVn())).andExpect(status().isNotFound());
    }
}
