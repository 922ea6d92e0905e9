package org.homecoming.server.dioxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.labUs;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dioxin pages on a site worked out by hand. Sample A (0–0.3 m, west zone): 2,3,7,8-TCDD 100 pg/g,
 * 1,2,3,7,8-PeCDD not detected (limit 10), OCDD 1 ng/g: WHO-2005 upper TEQ 100 + 10 + 0.3 = 110.3 pg/g, of which
 * TCDD 100/110.3 = 90.7%. Sample B (0–0.3 m, east zone): TCDD 1,500 pg/g → class REMEDIATION. Sample C (0.3–0.6 m):
 * TCDD 50. A blood sample with consent is never on the map nor shown to a viewer.
 */
@HomecomingTest
class DioxinPagesTests {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    String site;

    private void upload(String path, String text) throws Exception {
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "f.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                .with(labVn())).andExpect(status().isCreated());
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void aSite() throws Exception {
        site = "PG_" + N.getAndIncrement();
        String west = "{\"type\":\"Polygon\",\"coordinates\":[[[106.80,10.96],[106.82,10.96],[106.82,10.98],[106.80,10.98],[106.80,10.96]]]}";
        String east = "{\"type\":\"Polygon\",\"coordinates\":[[[106.82,10.96],[106.84,10.96],[106.84,10.98],[106.82,10.98],[106.82,10.96]]]}";
        String outline = "{\"type\":\"Polygon\",\"coordinates\":[[[106.80,10.96],[106.84,10.96],[106.84,10.98],[106.80,10.98],[106.80,10.96]]]}";
        mvc.perform(post("/api/v1/dioxin/sites").with(labVn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + site + "\",\"name\":\"Phù Cát\",\"outline\":" + outline + ",\"zones\":["
                        + "{\"name\":\"W\",\"landClass\":\"FOREST\",\"polygon\":" + west + "},"
                        + "{\"name\":\"E\",\"landClass\":\"INDUSTRIAL_COMMERCIAL\",\"polygon\":" + east + "}]}"))
                .andExpect(status().isCreated());
        upload("/api/v1/dioxin/sites/" + site + "/samples", "sample_id,lat,lon,depth_top_m,depth_bottom_m,matrix,sampled_on,consent_note,"
                + "collector,chain_of_custody\n"
                + site + "-A,10.97,106.81,0,0.3,SOIL,2024-06-01,,Đội 2,COC-17: sealed; received intact\n"
                + site + "-B,10.97,106.83,0,0.3,SOIL,2024-06-01,,,\n"
                + site + "-C,10.97,106.83,0.3,0.6,SOIL,2024-06-01,,,\n"
                + site + "-BLOOD,10.97,106.83,,,BLOOD,2024-06-01,signed form 12,,\n");
        upload("/api/v1/dioxin/results", "sample_id,congener,value,unit,detected,detection_limit\n"
                + site + "-A,1746-01-6,100,pg/g,true,\n"
                + site + "-A,\"1,2,3,7,8-PeCDD\",,pg/g,false,10\n"
                + site + "-A,OCDD,1,ng/g,true,\n"
                + site + "-B,1746-01-6,1500,pg/g,true,\n"
                + site + "-C,1746-01-6,50,pg/g,true,\n"
                + site + "-BLOOD,1746-01-6,12,pg/g,true,\n");
    }

    @Test
    void theSitesListNamesTheSiteItsZonesAndSamples() throws Exception {
        assertThat(page("/dioxin", viewerVn())).contains(site).contains("Phù Cát").contains("forest land")
                .contains("industrial and commercial land");
    }

    @Test
    void theSitePageShowsTheChosenLayersSamplesWithTheirTeq() throws Exception {
        String p = page("/dioxin/sites/" + site + "?tef=who2005&bound=upper&layer=0-0.3", viewerVn());
        assertThat(p).contains(site + "-A").contains(site + "-B").doesNotContain(site + "-C").doesNotContain("BLOOD")
                .contains("110.3").contains("1,500.0").contains("100.3 · 105.3 · 110.3").contains("91%");
        assertThat(page("/dioxin/sites/" + site + "?layer=0.3-0.6", viewerVn())).contains(site + "-C").doesNotContain(site + "-A<");
    }

    @Test
    void theMapDataHasTheOutlineZonesAndTheLayersSamplesByClass() throws Exception {
        JsonNode m = json.readTree(page("/dioxin/sites/" + site + "/map.json?layer=0-0.3", viewerVn()));
        assertThat(m.get("outline").get("type").asText()).isEqualTo("Polygon");
        assertThat(m.get("zones")).hasSize(2);
        assertThat(m.get("limits").get("target").asDouble()).isEqualTo(150);
        assertThat(m.get("limits").get("remediation").asDouble()).isEqualTo(1000);
        assertThat(m.get("samples")).hasSize(2);
        assertThat(m.get("samples").get(0).get("ref").asText()).isEqualTo(site + "-A");
        assertThat(m.get("samples").get(0).get("class").asText()).isEqualTo("BELOW_TARGET");
        assertThat(m.get("samples").get(1).get("class").asText()).isEqualTo("REMEDIATION");
        // Even a laboratory analyst, who may read exposure samples, never sees them on the map.
        JsonNode all = json.readTree(page("/dioxin/sites/" + site + "/map.json", labVn()));
        assertThat(all.get("samples")).hasSize(3);
    }

    @Test
    void theSamplePageShowsTheCongenerProfileAndTheTcddShare() throws Exception {
        String p = page("/dioxin/samples/" + site + "-A?tef=who2005&bound=upper", viewerVn());
        assertThat(p).contains("TEQ 110.30 pg/g under WHO-2005").contains("2,3,7,8-TCDD makes 90.7% of the TEQ.")
                .contains("A TCDD-dominated profile").contains("congener-profile").contains("below the cleanup target")
                .contains("0.3000") // OCDD's part: 1,000 pg/g × 0.0003
                .contains("Đội 2").contains("COC-17: sealed; received intact");
        JsonNode rows = json.readTree(org.springframework.web.util.HtmlUtils.htmlUnescape(
                p.replaceAll("(?s).*data-rows=\"([^\"]*)\".*", "$1")));
        double sum = 0;
        for (JsonNode r : rows) {
            sum += r.get("share").asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rows.get(0).get("label").asText()).isEqualTo("2,3,7,8-TCDD");
    }

    @Test
    void aResultsFileIsPreviewedWithoutStoringAnythingThenImportedWhole() throws Exception {
        upload("/api/v1/dioxin/sites/" + site + "/samples", "sample_id,lat,lon,depth_top_m,depth_bottom_m,matrix,sampled_on\n"
                + site + "-D,10.97,106.81,0,0.3,SOIL,2024-06-01\n");
        String csv = "sample_id,congener,value,unit,detected,detection_limit\n" + site + "-D,1746-01-6,70,pg/g,true,\n"
                + site + "-D,OCDD,,pg/g,false,100\n";
        String p = mvc.perform(multipart("/dioxin/imports/results/preview").file(new MockMultipartFile("file", "lab-7.csv",
                        "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(labVn()).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // WHO-2005 upper: 70 + 100 × 0.0003 = 70.03 pg/g.
        assertThat(p).contains("Preview of lab-7.csv: 1 samples").contains("70.03 pg/g").contains("Import all of it");
        assertThat(results(site + "-D")).isZero();
        mvc.perform(post("/dioxin/imports/results").with(labVn()).with(csrf()).param("fileName", "lab-7.csv").param("text", csv))
                .andExpect(status().is3xxRedirection());
        assertThat(results(site + "-D")).isEqualTo(2);
    }

    @Test
    void aBrokenOrUnknownFileIsShownWithItsFaultAndCannotBeConfirmed() throws Exception {
        String broken = mvc.perform(multipart("/dioxin/imports/results/preview").file(new MockMultipartFile("file", "bad.csv",
                        "text/csv", ("sample_id,congener,value,unit,detected,detection_limit\n" + site + "-A,OCDD,1;5,pg/g,true,\n")
                        .getBytes(StandardCharsets.UTF_8))).with(labVn()).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(broken).contains("bad.csv:2: value: not a number: 1;5").doesNotContain("Import all of it");
        String unknown = mvc.perform(multipart("/dioxin/imports/results/preview").file(new MockMultipartFile("file", "u.csv",
                        "text/csv", "sample_id,congener,value,unit,detected,detection_limit\nNOBODY,OCDD,1,pg/g,true,\n"
                        .getBytes(StandardCharsets.UTF_8))).with(labVn()).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("no: import its sample first").contains("cannot be imported as it is")
                .doesNotContain("Import all of it");
        mvc.perform(multipart("/dioxin/imports/results/preview").file(new MockMultipartFile("file", "u.csv", "text/csv",
                new byte[0])).with(viewerVn()).with(csrf())).andExpect(status().isForbidden());
    }

    private long results(String ref) {
        return jdbc.sql("SELECT COUNT(*) FROM dioxin_result r JOIN dioxin_sample s ON s.id = r.sample_id WHERE s.ref = ?")
                .param(ref).query(Long.class).single();
    }

    @Test
    void anExposureSampleIsShownOnlyToAnAnalystOfItsSideAndTheViewIsAudited() throws Exception {
        mvc.perform(get("/dioxin/samples/" + site + "-BLOOD").with(viewerVn())).andExpect(status().isNotFound());
        mvc.perform(get("/dioxin/samples/" + site + "-BLOOD").with(labUs())).andExpect(status().isNotFound());
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'VIEW' AND detail LIKE ?")
                .param(site + "-BLOOD%").query(Long.class).single();
        assertThat(page("/dioxin/samples/" + site + "-BLOOD", labVn())).contains("blood (exposure)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'VIEW' AND detail LIKE ?")
                .param(site + "-BLOOD%").query(Long.class).single()).isEqualTo(before + 1);
    }
}
