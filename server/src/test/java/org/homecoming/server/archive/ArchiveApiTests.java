package org.homecoming.server.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.liaisonVn;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerUs;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HomecomingTest
class ArchiveApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonNode postJson(String url, RequestPostProcessor user, Object body) throws Exception {
        String answer = mvc.perform(post(url).with(user).contentType(MediaType.APPLICATION_JSON)
                        .content(body instanceof String s ? s : json.writeValueAsString(body)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    long register(String title, String classification) throws Exception {
        return postJson("/api/v1/archive/documents", officerVn(), Map.of("type", "BURIAL_REGISTER", "title", title,
                "date", "1968-03", "language", "vi", "holdingArchive", "Cục Chính sách", "classification",
                classification)).get("id").asLong();
    }

    List<Long> hits(String q, RequestPostProcessor user, long documentId) throws Exception {
        JsonNode r = json.readTree(mvc.perform(get("/api/v1/archive/search").param("q", q).param("size", "200")
                .with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> pages = new ArrayList<>();
        r.get("items").forEach(h -> {
            if (h.get("documentId").asLong() == documentId) {
                pages.add(h.get("pageNo").asLong());
            }
        });
        return pages;
    }

    @Test
    void aGeneratedBatchOfScannedPagesIsImportedAndSearchedInBothLanguages() throws Exception {
        long doc = register("Sổ mai táng Trung đoàn 48, quyển 2", "OPEN");
        var pages = GeneratedRegister.pages(11, 40, 6);
        // Every third page comes from a scanner that writes PDF, the others as PNG images.
        List<PageUpload> uploads = pages.stream().map(p -> new PageUpload(p.pageNo(), p.pageNo() % 3 == 0
                ? GeneratedRegister.pdf(p.transcription()) : p.scan(), p.transcription(), p.translation(), "en")).toList();

        JsonNode stored = postJson("/api/v1/archive/documents/" + doc + "/pages", officerVn(), uploads);

        assertThat(stored).hasSize(40);
        assertThat(stored.get(0).get("mediaType").asText()).isEqualTo("image/png");
        assertThat(stored.get(2).get("mediaType").asText()).isEqualTo("application/pdf");
        var inPdf = pages.get(29).entries().get(0);
        assertThat(hits("\"" + org.homecoming.server.search.VietnameseNames.fold(inPdf.name()) + "\" " + inPdf.born(),
                viewerVn(), doc)).contains(30L);
        assertThat(hits("\"" + inPdf.name() + "\" " + inPdf.born(), viewerVn(), doc)).contains(30L);
        assertThat(hits("martyr born " + inPdf.born() + " from \"" + inPdf.placeEn() + "\" buried hill", viewerVn(), doc))
                .contains(30L);
        mvc.perform(get("/api/v1/archive/documents/" + doc + "/pages/30/scan").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(uploads.get(29).scan()));
        var target = pages.get(22).entries().get(2);
        String folded = org.homecoming.server.search.VietnameseNames.fold(target.name());
        assertThat(hits("\"" + target.name() + "\" " + target.born(), viewerVn(), doc)).contains(23L);
        assertThat(hits("\"" + folded + "\" " + target.born(), viewerVn(), doc)).contains(23L);
        assertThat(hits("martyr \"" + folded + "\" born " + target.born() + " buried hill", viewerVn(), doc))
                .contains(23L);
        mvc.perform(get("/api/v1/archive/search").param("q", "\"" + folded + "\" " + target.born()).with(viewerVn()))
                .andExpect(jsonPath("$.items[0].passages[0]").value(org.hamcrest.Matchers.containsString("<mark>")));
        mvc.perform(get("/api/v1/archive/documents/" + doc + "/pages/23/scan").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(pages.get(22).scan()));
    }

    @Test
    void theOtherSideSeesADocumentOnlyOnceItIsShared() throws Exception {
        long doc = register("Nhật ký Đại đội 5 Quảng Ngãi", "RESTRICTED");
        postJson("/api/v1/archive/documents/" + doc + "/pages", officerVn(), List.of(new PageUpload(1, null,
                "Hôm nay đơn vị hành quân qua bến phà Xuân Sơn", "Today the unit marched past the Xuan Son ferry", "en")));

        assertThat(hits("xuan son ferry", viewerVn(), doc)).containsExactly(1L);
        assertThat(hits("xuan son ferry", viewerUs(), doc)).isEmpty();
        mvc.perform(get("/api/v1/archive/documents/" + doc).with(viewerUs())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/archive/documents/" + doc + "/share").with(officerVn())
                .contentType(MediaType.APPLICATION_JSON).content("{\"basis\":\"x\"}")).andExpect(status().isForbidden());

        postJson("/api/v1/archive/documents/" + doc + "/share", liaisonVn(), Map.of("basis", "request R-12 of 2025"));

        assertThat(hits("xuan son ferry", viewerUs(), doc)).containsExactly(1L);
        mvc.perform(get("/api/v1/archive/documents/" + doc).with(viewerUs())).andExpect(status().isOk())
                .andExpect(jsonPath("$.pages[0].translation").value("Today the unit marched past the Xuan Son ferry"));
    }

    @Test
    void confidentialDocumentsAreHiddenFromViewersAndCannotBeShared() throws Exception {
        long doc = register("Báo cáo mật Bắc Bình", "CONFIDENTIAL");

        mvc.perform(get("/api/v1/archive/documents/" + doc).with(viewerVn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/archive/documents/" + doc).with(officerVn())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/archive/documents/" + doc + "/share").with(liaisonVn())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"basis\":\"agreement\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("document "
                        + json.readTree(mvc.perform(get("/api/v1/archive/documents/" + doc).with(officerVn()))
                        .andReturn().getResponse().getContentAsString()).at("/document/ref").asText()
                        + " is CONFIDENTIAL: reclassify it before sharing"));
    }

    @Test
    void aFileThatIsNotAScanIsRefusedWithItsFirstBytes() throws Exception {
        long doc = register("Sổ đăng ký Hà Tây", "OPEN");

        mvc.perform(multipart("/api/v1/archive/documents/" + doc + "/pages")
                        .file(new MockMultipartFile("scan", "page.txt", "image/png", "hello".getBytes()))
                        .param("pageNo", "1").with(officerVn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error")
                        .value("scan must be a PNG, JPEG, TIFF or PDF file; it starts with bytes 68656c6c6f"));
    }

    @Test
    void aLeadFromARegisterPageIsConfirmedAndBecomesASourceOnThePersonsPage() throws Exception {
        long person = postJson("/api/v1/persons", officerVn(), """
                {"side":"VN","fullName":"Khổng Minh Triết","sex":"M","birthDate":"1947","homeProvince":"Tỉnh Hà Nam",
                 "unit":"C2 D3 E48","lossDate":"1968-03","status":"MISSING","source":"Giấy báo tử"}
                """).get("id").asLong();
        long doc = register("Sổ mai táng E48 quyển 3", "OPEN");
        postJson("/api/v1/archive/documents/" + doc + "/pages", officerVn(), List.of(new PageUpload(4, null,
                "2. Liệt sĩ Phùng Văn Lộc, sinh năm 1950.\n3. Liệt sĩ KHONG MINH TRIET, sinh năm 1947, quê Hà Nam,"
                        + " đơn vị C2 D3 E48, hy sinh ngày 12/03/1968, an táng tại đồi 31.", null, null)));

        JsonNode leads = postJson("/api/v1/archive/documents/" + doc + "/leads", officerVn(), "");

        JsonNode lead = null;
        for (JsonNode l : leads) {
            if (l.get("personId").asLong() == person) {
                lead = l;
            }
        }
        assertThat(lead).isNotNull();
        assertThat(lead.get("pageNo").asInt()).isEqualTo(4);
        assertThat(json.convertValue(lead.get("reasons"), List.class))
                .containsExactly("NAME", "UNIT", "PLACE", "BIRTH_YEAR", "LOSS_YEAR");
        assertThat(lead.get("passage").asText()).startsWith("3. Liệt sĩ KHONG MINH TRIET");

        JsonNode link = postJson("/api/v1/archive/leads/" + lead.get("id").asLong() + "/confirm", officerVn(), "");

        assertThat(link.get("targetId").asLong()).isEqualTo(person);
        assertThat(link.get("linkedBy").asText()).isEqualTo("officer-vn");
        mvc.perform(get("/api/v1/persons/" + person).with(officerVn()))
                .andExpect(jsonPath("$.sources[?(@.field == 'archive')].reference").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.startsWith("DOC-"))));
        mvc.perform(post("/api/v1/archive/leads/" + lead.get("id").asLong() + "/reject").with(officerVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("lead " + lead.get("id").asLong() + " was already decided: CONFIRMED"));
    }

    @Test
    void requestsAndArtifactsHaveAJsonApi() throws Exception {
        JsonNode r = postJson("/api/v1/archive/requests", org.homecoming.server.TestUsers.officerUs(),
                Map.of("subject", "Unit roll of D9, 1970", "about", "D9 E66"));
        long id = r.get("id").asLong();
        assertThat(r.get("status").asText()).isEqualTo("OPEN");
        assertThat(r.get("fromSide").asText()).isEqualTo("US");

        JsonNode answered = postJson("/api/v1/archive/requests/" + id + "/answers", officerVn(),
                Map.of("text", "Không tìm thấy trong lưu trữ quân khu 5"));
        assertThat(answered.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(answered.at("/answers/0/answeredBy").asText()).isEqualTo("officer-vn");
        postJson("/api/v1/archive/requests/" + id + "/status", org.homecoming.server.TestUsers.officerUs(),
                Map.of("status", "CLOSED", "version", answered.get("version").asInt()));
        mvc.perform(post("/api/v1/archive/requests/" + id + "/status").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"OPEN\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/archive/requests/" + id).with(viewerVn())).andExpect(jsonPath("$.status").value("CLOSED"));

        JsonNode a = postJson("/api/v1/archive/artifacts", officerVn(), Map.of("description", "Thẻ bài nhôm khắc tên",
                "foundPlace", "Đèo Hải Vân", "returnStatus", "HELD", "classification", "OPEN"));
        postJson("/api/v1/archive/artifacts/" + a.get("id").asLong() + "/return", officerVn(),
                Map.of("custodian", "Bảo tàng Đà Nẵng", "returnStatus", "DEPOSITED", "version", 0));
        mvc.perform(get("/api/v1/archive/artifacts/" + a.get("id").asLong()).with(viewerVn()))
                .andExpect(jsonPath("$.artifact.returnStatus").value("DEPOSITED"))
                .andExpect(jsonPath("$.artifact.custodian").value("Bảo tàng Đà Nẵng"));
        mvc.perform(post("/api/v1/archive/artifacts").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"x\",\"returnStatus\":\"LOST\",\"classification\":\"OPEN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(
                        "return status must be one of [HELD, RETURN_REQUESTED, IN_TRANSIT, RETURNED_TO_FAMILY, DEPOSITED]: LOST"));
    }
}
