package org.homecoming.server.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.liaisonVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The cooperation pages: the overview counts, the area's status board with an overdue commitment first and the
 * indicators' chart, the meetings timeline, and the leaders' briefing in both languages.
 */
@HomecomingTest
class CooperationPagesTests {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    private String send(String path, String json) throws Exception {
        return mvc.perform(post(path).with(liaisonVn()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path, RequestPostProcessor user, String lang) throws Exception {
        return mvc.perform(get(path).with(user).param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long lateCommitment(String tag) throws Exception {
        String ref = "PG-MOU-" + N.incrementAndGet();
        send("/api/v1/agreements", "{\"ref\":\"" + ref + "\",\"kind\":\"PLAN\",\"titleVi\":\"Kế hoạch\",\"titleEn\":\"Plan\","
                + "\"signedOn\":\"2025-11-01\"}");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        String body = send("/api/v1/commitments", "{\"agreementRef\":\"" + ref + "\",\"area\":\"US_MIA\",\"textVi\":\"Trao trả"
                + " tài liệu " + tag + "\",\"textEn\":\"Hand over the records " + tag + " <b>\",\"responsibleSide\":\"VN\","
                + "\"dueDate\":\"" + yesterday + "\"}");
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void theBoardPutsTheOverdueFirstEscapedAndDrawsTheIndicators() throws Exception {
        lateCommitment("B1");
        send("/api/v1/indicators", "{\"area\":\"US_MIA\",\"nameVi\":\"Hồ sơ trao trả\",\"nameEn\":\"Records handed over\","
                + "\"source\":\"MANUAL\",\"target\":50}");
        String en = page("/cooperation/areas/US_MIA", viewerVn(), "en");
        assertThat(en).contains("Hand over the records B1 &lt;b&gt;").contains("Overdue").contains("data-chart=")
                .contains("Records handed over (entered by hand)");
        String vi = page("/cooperation/areas/US_MIA", viewerVn(), "vi");
        assertThat(vi).contains("Trao trả tài liệu B1").contains("Quá hạn").contains("Quân nhân Hoa Kỳ mất tích");
        assertThat(page("/cooperation", viewerVn(), "en")).contains("US personnel missing in action");
        assertThat(en).doesNotContain("/cooperation/commitments/");
        assertThat(page("/cooperation/areas/US_MIA", liaisonVn(), "en")).contains("/cooperation/commitments/");
    }

    @Test
    void aViewerCannotChangeAStatusButALiaisonOfficerCan() throws Exception {
        long id = lateCommitment("B2");
        mvc.perform(post("/cooperation/commitments/" + id + "/status").with(viewerVn()).with(csrf())
                .param("status", "IN_PROGRESS")).andExpect(status().isForbidden());
        mvc.perform(post("/cooperation/commitments/" + id + "/status").with(liaisonVn()).with(csrf())
                .param("status", "IN_PROGRESS")).andExpect(status().is3xxRedirection());
        assertThat((String) JsonPath.read(mvc.perform(get("/api/v1/commitments/" + id).with(viewerVn())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8), "$.status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theBriefingSaysWhatIsLateInBothLanguages() throws Exception {
        lateCommitment("B3");
        byte[] pdf = mvc.perform(get("/cooperation/briefing.pdf").with(viewerVn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Báo cáo tóm tắt cho cuộc họp lãnh đạo").contains("Các việc chậm hạn")
                    .contains("Trao trả tài liệu B3").contains("Briefing for the leaders' meeting").contains("What is late")
                    .contains("Hand over the records B3 <b>");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aLiaisonOfficerRecordsAMeetingAndACommitmentFromThePages() throws Exception {
        mvc.perform(post("/cooperation/meetings").with(liaisonVn()).with(csrf()).param("kind", "WORKSHOP")
                        .param("heldOn", "2026-03-03").param("place", "Huế").param("titleVi", "Hội thảo về hài cốt")
                        .param("titleEn", "Workshop on remains").param("delegates", "Phạm Thị Lan; Chuyên viên; VN\nJane Roe; Analyst; US"))
                .andExpect(status().is3xxRedirection());
        String html = page("/cooperation/meetings", viewerVn(), "en");
        assertThat(html).contains("Workshop on remains").contains("Phạm Thị Lan, Chuyên viên (VN)").contains("Jane Roe, Analyst (US)");
        String bad = mvc.perform(post("/cooperation/meetings").with(liaisonVn()).with(csrf()).param("kind", "WORKSHOP")
                        .param("heldOn", "2026-03-03").param("place", "Huế").param("titleVi", "x").param("titleEn", "x")
                        .param("delegates", "Phạm Thị Lan, Chuyên viên").param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("delegates: line 1");
        String meeting = JsonPath.read(mvc.perform(get("/api/v1/meetings").with(viewerVn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "$[?(@.titleEn == 'Workshop on remains')].ref").toString()
                .replaceAll("[\\[\\]\"]", "");
        mvc.perform(post("/cooperation/commitments").with(liaisonVn()).with(csrf()).param("source", meeting)
                        .param("area", "VIETNAMESE_REMAINS").param("textVi", "Trao 50 bản đồ mộ").param("textEn", "Hand over 50 grave maps")
                        .param("responsibleSide", "US").param("dueDate", "2027-01-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cooperation/areas/VIETNAMESE_REMAINS", viewerVn(), "en")).contains("Hand over 50 grave maps");
    }

    @Test
    void theExchangePageReconcilesAnUploadedFileBeforeStoringIt() throws Exception {
        IatiActivity.Organisation dos = new IatiActivity.Organisation("US-GOV-8", "Department of State");
        byte[] xml = org.homecoming.server.cooperation.iati.IatiXmlWriter.write(java.util.List.of(new IatiActivity(
                "US-GOV-8-PAGE-1", dos, null, "Conventional weapons destruction", null, null,
                java.util.List.of(new IatiActivity.Participant("US-GOV-8", "State", OrganisationRole.FUNDING)),
                IatiActivityStatus.IMPLEMENTATION, LocalDate.of(2025, 1, 1), null, null, null, null, null, "15250", null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of())),
                java.time.OffsetDateTime.now());
        org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
                "state.xml", "application/xml", xml);
        String preview = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/cooperation/exchange/imports").file(file).with(liaisonVn()).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("Reconciliation (nothing stored)").contains("US-GOV-8-PAGE-1").contains(">new<");
        String applied = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/cooperation/exchange/imports").file(file).with(liaisonVn()).with(csrf()).param("apply", "true")
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(applied).contains("Stored: 1 activities").contains("Ordnance clearance");
    }

    @Test
    void aLiaisonOfficerRecordsAnActivityWithItsListsFromTheExchangePage() throws Exception {
        mvc.perform(post("/cooperation/exchange/activities").with(liaisonVn()).with(csrf())
                        .param("identifier", "XM-VN-5-FORM-1").param("reportingRef", "XM-VN-5").param("reportingName", "Văn phòng 701")
                        .param("titleEn", "Survey training").param("titleVi", "Tập huấn khảo sát").param("status", "IMPLEMENTATION")
                        .param("plannedStart", "2026-01-10").param("province", "Quảng Trị").param("sectorCode", "15250")
                        .param("area", "ORDNANCE")
                        .param("participants", "XM-VN-5; Văn phòng 701; IMPLEMENTING\n; Hội Chữ thập đỏ; EXTENDING")
                        .param("budgets", "2026-01-01; 2026-12-31; 1,250,000.5; usd")
                        .param("transactions", "DISBURSEMENT; 2026-02-01; 300000; USD; USAID"))
                .andExpect(status().is3xxRedirection());
        String json = mvc.perform(get("/api/v1/iati/activities").param("area", "ORDNANCE").with(viewerVn())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((java.util.List<String>) JsonPath.read(json, "$[?(@.identifier == 'XM-VN-5-FORM-1')].participants[1].name"))
                .containsExactly("Hội Chữ thập đỏ");
        assertThat(JsonPath.read(json, "$[?(@.identifier == 'XM-VN-5-FORM-1')].budgets[0].value").toString()).contains("1250000.5");
        String bad = mvc.perform(post("/cooperation/exchange/activities").with(liaisonVn()).with(csrf()).param("lang", "en")
                        .param("identifier", "XM-VN-5-FORM-2").param("reportingRef", "XM-VN-5").param("reportingName", "x")
                        .param("titleEn", "x").param("status", "PIPELINE").param("plannedStart", "2026-01-10")
                        .param("participants", "XM-VN-5; only two fields"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("participants: line 1");
    }

    @Test
    void theTimelineShowsWhatEachMeetingDecided() throws Exception {
        String meeting = JsonPath.read(send("/api/v1/meetings", "{\"kind\":\"DELEGATION_VISIT\",\"heldOn\":\"2026-02-10\","
                + "\"place\":\"Washington\",\"titleVi\":\"Đoàn công tác sang Hoa Kỳ\",\"titleEn\":\"Delegation to the United"
                + " States\",\"delegates\":[{\"name\":\"Trần Văn Bình\",\"title\":\"Phó Cục trưởng\",\"side\":\"VN\"}]}"), "$.ref");
        send("/api/v1/commitments", "{\"meetingRef\":\"" + meeting + "\",\"area\":\"DIOXIN\",\"textVi\":\"Khảo sát Phù Cát\","
                + "\"textEn\":\"Survey Phu Cat\",\"responsibleSide\":\"BOTH\"}");
        String html = page("/cooperation/meetings", viewerVn(), "en");
        assertThat(html).contains("Delegation to the United States").contains("Trần Văn Bình, Phó Cục trưởng (VN)")
                .contains("one new commitment").contains("no commitment updated");
    }
}
