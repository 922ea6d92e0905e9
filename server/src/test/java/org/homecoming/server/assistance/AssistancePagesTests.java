package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.socialVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The assistance pages: the person page with its chart data and timeline, the forms that post to the service, the
 * family summary in Vietnamese, and the dashboard and its exports for a viewer (aggregates only, audited). The one
 * person of this class, made once, lives in Yên Bái (Lào Cai after the merger), which no other test uses, so that
 * province's figures are this person's alone: every non-zero cell is 1, hidden.
 */
@HomecomingTest
class AssistancePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private static long id;

    private String page(String path, RequestPostProcessor user, String lang, String... params) throws Exception {
        var request = get(path).with(user).param("lang", lang);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void aPersonWithTwoAssessmentsAndAService() throws Exception {
        if (id != 0) {
            return;
        }
        String body = mvc.perform(post("/api/v1/assistance/persons").with(socialVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Đinh Thị <b>Xuân</b>\",\"sex\":\"F\",\"birthDate\":\"1971\","
                                + "\"province\":\"Yên Bái\",\"consentDate\":\"2022-01-01\",\"consent\":{\"register\":true,"
                                + "\"share\":false,\"statistics\":true}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/assistance/persons/" + id + "/assessments").with(socialVn()).with(csrf())
                        .param("date", "2022-03-01").param("seeing", "1").param("hearing", "1").param("walking", "4")
                        .param("remembering", "2").param("selfCare", "3").param("communicating", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assistance/persons/" + id + "/assessments").with(socialVn()).with(csrf())
                        .param("date", "2024-03-01").param("seeing", "1").param("hearing", "1").param("walking", "3")
                        .param("remembering", "2").param("selfCare", "2").param("communicating", "1"))
                .andExpect(status().is3xxRedirection());
        long provider = jdbc.sql("INSERT INTO ast_provider (name, kind, province, created_by, created_at) VALUES (?, 'NGO',"
                + " 'Lào Cai', 'test', CURRENT_TIMESTAMP)").param("Hội Người khuyết tật " + id).update() > 0
                ? jdbc.sql("SELECT id FROM ast_provider WHERE name = ?").param("Hội Người khuyết tật " + id).query(Long.class).single()
                : 0;
        mvc.perform(post("/assistance/persons/" + id + "/referrals").with(socialVn()).with(csrf())
                        .param("category", "ECONOMIC_INCLUSION").param("providerId", String.valueOf(provider))
                        .param("referredOn", "2024-04-01").param("item", ""))
                .andExpect(status().is3xxRedirection());
    }

    private static RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }

    @Test
    void thePersonPageShowsTheHistoryEscapedAndInTheReadersLanguage() throws Exception {
        String en = page("/assistance/persons/" + id, socialVn(), "en");
        assertThat(en).contains("Đinh Thị &lt;b&gt;Xuân&lt;/b&gt;").doesNotContain("<b>Xuân</b>");
        assertThat(en).contains("Cannot do at all").contains("Economic inclusion").contains("Referred")
                .contains("Needs assessed").contains("No need recorded.");
        assertThat(en).contains("data-chart=").contains("&quot;codes&quot;:[4,3]");
        String vi = page("/assistance/persons/" + id, socialVn(), "vi");
        assertThat(vi).contains("Không thể làm được").contains("Hòa nhập kinh tế").contains("Tỉnh Yên Bái");
        mvc.perform(get("/assistance/persons/" + id).with(viewerVn())).andExpect(status().isForbidden());
    }

    @Test
    void theFamilySummaryIsInVietnameseWhateverTheReadersLanguageAndAudited() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
        byte[] pdf = mvc.perform(get("/assistance/persons/" + id + "/summary.pdf").with(socialVn()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Tóm tắt hồ sơ hỗ trợ").contains("Đinh Thị <b>Xuân</b>").contains("Rất khó khăn")
                    .contains("Hòa nhập kinh tế").contains("Đã chuyển gửi");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void aViewerSeesTheDashboardAndExportsItWithoutNames() throws Exception {
        String html = page("/assistance/dashboard", viewerVn(), "en", "province", "Lào Cai");
        assertThat(html).contains("People reached").contains("Walking or climbing steps").contains("&lt;5")
                .doesNotContain("Xuân");
        String csv = mvc.perform(get("/assistance/dashboard.csv").param("province", "Lào Cai").param("lang", "en")
                        .with(viewerVn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Figure,Sex,Age group,Count,Hidden (fewer than 5)");
        assertThat(csv).contains("Walking or climbing steps,Female,18–59,,yes").doesNotContain("Xuân")
                .contains("People reached — Lào Cai,,,,yes").contains("Services completed,,,0,no");
        byte[] xlsx = mvc.perform(get("/assistance/dashboard.xlsx").param("province", "Lào Cai").param("lang", "vi")
                        .with(viewerVn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            // 14 figures of 8 cells, 2 lines for the one province, 2 for follow-up.
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(14 * 8 + 2 + 2);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'ASSISTANCE_STATISTICS'"
                + " AND username = 'viewer-vn'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSocialWorkerAddsAProviderOnTheListPage() throws Exception {
        mvc.perform(post("/assistance/providers").with(socialVn()).with(csrf()).param("name", "Xưởng chỉnh hình " + id)
                .param("kind", "ORTHOPAEDIC_WORKSHOP").param("province", "Lào Cai")).andExpect(status().is3xxRedirection());
        String html = page("/assistance", socialVn(), "en");
        assertThat(html).contains("Xưởng chỉnh hình " + id).contains("Orthopaedic workshop");
        mvc.perform(post("/assistance/providers").with(viewerVn()).with(csrf()).param("name", "X").param("kind", "NGO"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListFindsThePersonWithoutDiacritics() throws Exception {
        String html = page("/assistance", socialVn(), "en", "q", "xuan dinh");
        assertThat(html).contains("/assistance/persons/" + id);
    }
}
