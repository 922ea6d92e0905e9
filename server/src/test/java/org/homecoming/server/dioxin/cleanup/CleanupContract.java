package org.homecoming.server.dioxin.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.remediationVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Cleanup progress on each database ({@link CleanupOnH2Tests}, {@link CleanupOnPostgresTests}) on a small site
 * worked out by hand. Plan: phase P1 excavate 1,000 m³, treat 600, contain 300, return 2 ha; P2 500, 500, 0, 1.
 * Excavated: 400 + 200 in P1, 100 in P2. Batches: T1 (P1, in-pile thermal desorption, 300 m³, ended), T2 (P1,
 * landfill containment, 250 m³), T3 (P2, thermal, 100 m³, still heating), T4 (P2, thermal, 50 m³, ended).
 * Verification: T1 40 and 149.9 pg/g (both below the 150 pg/g target), T4 150 (not below: held). Released: 200 m³
 * of T1 on 0.8 ha. So P1: excavated 600 of 1,000, treated 300 (containment is not treatment), contained 250,
 * released 200; P2: excavated 100, treated 50 (T3 has not ended); total verifications 2 passed, 1 failed.
 */
abstract class CleanupContract {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    abstract String expectedDatabase();

    String site;

    private ResultActions post(String kind, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/dioxin/sites/" + site + "/cleanup/" + kind).with(remediationVn())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void ok(String kind, String json) throws Exception {
        post(kind, json).andExpect(status().isCreated());
    }

    @BeforeEach
    void aSiteWithItsCleanup() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String tag = expectedDatabase().substring(0, 2).toUpperCase() + N.getAndIncrement();
        site = "CL_" + tag;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/dioxin/sites")
                .with(labVn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + site + "\",\"name\":\"Đà Nẵng\",\"zones\":{\"Z\":\"INDUSTRIAL_COMMERCIAL\"}}"))
                .andExpect(status().isCreated());
        ok("plan", "{\"phase\":\"P1\",\"startsOn\":\"2024-01-01\",\"endsOn\":\"2024-12-31\",\"excavateM3\":1000,\"treatM3\":600,\"containM3\":300,\"returnHa\":2}");
        ok("plan", "{\"phase\":\"P2\",\"startsOn\":\"2025-01-01\",\"endsOn\":\"2025-12-31\",\"excavateM3\":500,\"treatM3\":500,\"containM3\":0,\"returnHa\":1}");
        ok("stockpiles", "{\"ref\":\"" + tag + "-SP\",\"containment\":\"LINED_COVERED\",\"capacityM3\":2000}");
        ok("excavations", "{\"ref\":\"" + tag + "-E1\",\"phase\":\"P1\",\"zone\":\"Z\",\"volumeM3\":400,\"excavatedOn\":\"2024-01-10\",\"teq\":2400,\"stockpile\":\"" + tag + "-SP\"}");
        ok("excavations", "{\"ref\":\"" + tag + "-E2\",\"phase\":\"P1\",\"volumeM3\":200,\"excavatedOn\":\"2024-02-05\"}");
        ok("excavations", "{\"ref\":\"" + tag + "-E3\",\"phase\":\"P2\",\"volumeM3\":100,\"excavatedOn\":\"2024-03-01\"}");
        ok("treatments", "{\"ref\":\"" + tag + "-T1\",\"phase\":\"P1\",\"technology\":\"THERMAL_DESORPTION_IN_PILE\",\"volumeM3\":300,\"startedOn\":\"2024-02-01\",\"endedOn\":\"2024-04-30\",\"maxTemperatureC\":335,\"heatingDays\":80}");
        ok("treatments", "{\"ref\":\"" + tag + "-T2\",\"phase\":\"P1\",\"technology\":\"CONTAINMENT_LANDFILL\",\"volumeM3\":250,\"startedOn\":\"2024-03-01\",\"endedOn\":\"2024-03-31\"}");
        ok("treatments", "{\"ref\":\"" + tag + "-T3\",\"phase\":\"P2\",\"technology\":\"THERMAL_DESORPTION_IN_PILE\",\"volumeM3\":100,\"startedOn\":\"2024-04-01\"}");
        ok("treatments", "{\"ref\":\"" + tag + "-T4\",\"phase\":\"P2\",\"technology\":\"THERMAL_DESORPTION_IN_PILE\",\"volumeM3\":50,\"startedOn\":\"2024-03-01\",\"endedOn\":\"2024-04-20\"}");
        ok("verifications", "{\"treatment\":\"" + tag + "-T1\",\"sample\":\"" + tag + "-V1\",\"teq\":40,\"tef\":\"who2005\",\"sampledOn\":\"2024-05-02\"}");
        ok("verifications", "{\"treatment\":\"" + tag + "-T1\",\"sample\":\"" + tag + "-V2\",\"teq\":149.9,\"tef\":\"who2005\",\"sampledOn\":\"2024-05-02\"}");
        ok("verifications", "{\"treatment\":\"" + tag + "-T4\",\"sample\":\"" + tag + "-V3\",\"teq\":150,\"tef\":\"who2005\",\"sampledOn\":\"2024-05-02\"}");
        ok("releases", "{\"treatment\":\"" + tag + "-T1\",\"volumeM3\":200,\"releasedOn\":\"2024-05-10\",\"areaHa\":0.8}");
    }

    @Test
    void progressAddsUpTheRowsPhaseByPhaseAndInTotal() throws Exception {
        mvc.perform(get("/api/v1/dioxin/sites/" + site + "/cleanup").with(viewerVn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.phases[0].name").value("P1"))
                .andExpect(jsonPath("$.progress.phases[0].excavatedM3").value(600.0))
                .andExpect(jsonPath("$.progress.phases[0].treatedM3").value(300.0))
                .andExpect(jsonPath("$.progress.phases[0].containedM3").value(250.0))
                .andExpect(jsonPath("$.progress.phases[0].releasedM3").value(200.0))
                .andExpect(jsonPath("$.progress.phases[0].returnedHa").value(0.8))
                .andExpect(jsonPath("$.progress.phases[0].verificationsPassed").value(2))
                .andExpect(jsonPath("$.progress.phases[1].excavatedM3").value(100.0))
                .andExpect(jsonPath("$.progress.phases[1].treatedM3").value(50.0))
                .andExpect(jsonPath("$.progress.phases[1].verificationsFailed").value(1))
                .andExpect(jsonPath("$.progress.total.plannedExcavateM3").value(1500.0))
                .andExpect(jsonPath("$.progress.total.plannedTreatM3").value(1100.0))
                .andExpect(jsonPath("$.progress.total.excavatedM3").value(700.0))
                .andExpect(jsonPath("$.progress.total.treatedM3").value(350.0))
                .andExpect(jsonPath("$.progress.total.verificationsPassed").value(2))
                .andExpect(jsonPath("$.progress.total.verificationsFailed").value(1))
                .andExpect(jsonPath("$.progress.months[0].month").value("2024-01"))
                .andExpect(jsonPath("$.progress.months[0].excavatedM3").value(400.0))
                .andExpect(jsonPath("$.progress.months[3].month").value("2024-04"))
                .andExpect(jsonPath("$.progress.months[3].excavatedM3").value(700.0))
                .andExpect(jsonPath("$.progress.months[3].treatedM3").value(600.0))
                .andExpect(jsonPath("$.progress.months[4].releasedM3").value(200.0))
                .andExpect(jsonPath("$.verifications[2].passes").value(false))
                .andExpect(jsonPath("$.verifications[2].target").value("Homecoming project cleanup target"))
                .andExpect(jsonPath("$.verifications[2].targetLimit").value(150.0));
    }

    @Test
    void aBatchIsReleasedOnlyWhenEndedVerifiedAndPassedAndNotBeyondItsVolume() throws Exception {
        String tag = site.substring(3);
        post("releases", "{\"treatment\":\"" + tag + "-T4\",\"volumeM3\":10,\"releasedOn\":\"2024-06-01\",\"areaHa\":0.1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString(
                        "batch " + tag + "-T4 is held: verification sample " + tag + "-V3 has 150.0 pg/g TEQ, not below")));
        post("releases", "{\"treatment\":\"" + tag + "-T3\",\"volumeM3\":10,\"releasedOn\":\"2024-06-01\",\"areaHa\":0.1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString("has not ended")));
        post("releases", "{\"treatment\":\"" + tag + "-T2\",\"volumeM3\":10,\"releasedOn\":\"2024-06-01\",\"areaHa\":0.1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString("is a containment")));
        post("releases", "{\"treatment\":\"" + tag + "-T1\",\"volumeM3\":150,\"releasedOn\":\"2024-06-01\",\"areaHa\":0.1}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString(
                        "would release more than batch " + tag + "-T1 holds (300.0 m³, 200.0 m³ released already)")));
        post("releases", "{\"treatment\":\"" + tag + "-T1\",\"volumeM3\":100,\"releasedOn\":\"2024-06-01\",\"areaHa\":0.2}")
                .andExpect(status().isCreated());
    }

    @Test
    void badInputNamesItsFieldAndOnlyRemediationOfficersWrite() throws Exception {
        post("excavations", "{\"ref\":\"X1\",\"phase\":\"P1\",\"volumeM3\":-5,\"excavatedOn\":\"2024-01-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("volumeM3: must be a number > 0: -5"));
        post("excavations", "{\"ref\":\"X2\",\"phase\":\"P9\",\"volumeM3\":5,\"excavatedOn\":\"2024-01-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("phase: no phase P9 in this site's plan"));
        post("treatments", "{\"ref\":\"X3\",\"phase\":\"P1\",\"technology\":\"FIRE\",\"volumeM3\":5,\"startedOn\":\"2024-01-10\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error", containsString("technology: one of")));
        post("verifications", "{\"treatment\":\"" + site.substring(3) + "-T1\",\"sample\":\"X4\",\"teq\":40,\"tef\":\"who2022\",\"sampledOn\":\"2024-05-02\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(
                        "tef: Homecoming project cleanup target is set under WHO-2005; give the TEQ under it, not WHO-2022"));
        for (var user : java.util.List.of(viewerVn(), labVn())) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .post("/api/v1/dioxin/sites/" + site + "/cleanup/stockpiles").with(user)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"ref\":\"SPX\",\"containment\":\"LANDFILL_CELL\",\"capacityM3\":5}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void thePageAndTheReportInBothLanguages() throws Exception {
        String page = mvc.perform(get("/dioxin/sites/" + site + "/cleanup").param("lang", "en").with(viewerVn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("600 of 1,000 (60%)").contains("700 of 1,500 (47%)").contains("2 passed, 1 failed")
                .contains("fails: not below Homecoming project cleanup target (150 pg/g); the batch is held")
                .contains("data-phases=").doesNotContain("Add a record");
        assertThat(mvc.perform(get("/dioxin/sites/" + site + "/cleanup").param("lang", "vi").with(remediationVn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Thêm bản ghi").contains("Tiến độ xử lý");
        for (String[] lang : new String[][] {{"vi", "Báo cáo tiến độ xử lý", "600 trên 1.000 (60%)"},
            {"en", "Cleanup progress report", "600 of 1,000 (60%)"}}) {
            byte[] pdf = mvc.perform(get("/dioxin/sites/" + site + "/cleanup/report.pdf").param("lang", lang[0]).with(viewerVn()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                // Table cells wrap their text across lines in the PDF.
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains(lang[1]).contains(lang[2]);
            }
        }
    }

    @Test
    void aFormPostRecordsLikeTheApi() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/dioxin/sites/" + site + "/cleanup/stockpiles").with(remediationVn())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("ref", site + "-SP9").param("containment", "TEMPORARY_COVERED").param("capacityM3", "900"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/dioxin/sites/" + site + "/cleanup").with(viewerVn()))
                .andExpect(jsonPath("$.stockpiles[?(@.ref == '" + site + "-SP9')].containment").value("TEMPORARY_COVERED"));
    }
}
