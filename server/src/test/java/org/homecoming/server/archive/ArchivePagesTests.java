package org.homecoming.server.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.TestUsers.as;
import static org.homecoming.server.TestUsers.liaisonVn;
import static org.homecoming.server.TestUsers.officerUs;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerUs;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.archive.exchange.InstallationKeys;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The archive's browser pages, in both languages, as each kind of user sees them. */
@HomecomingTest
class ArchivePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    static RequestPostProcessor liaisonUs() {
        return as("liaison-us", Side.US, Role.LIAISON);
    }

    long catalogue(String title, String classification) throws Exception {
        String location = mvc.perform(post("/archive/documents/new").with(officerVn()).with(csrf())
                        .param("type", "UNIT_ROLL").param("title", title).param("date", "1969-05").param("language", "vi")
                        .param("holdingArchive", "Cục Chính sách").param("classification", classification))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void page(long doc, int n, byte[] scan, String vi, String en) throws Exception {
        mvc.perform(multipart("/archive/documents/" + doc + "/pages")
                        .file(new MockMultipartFile("scan", "p" + n, "application/octet-stream", scan))
                        .param("pageNo", String.valueOf(n)).param("transcription", vi).param("translation", en)
                        .param("translationLanguage", "en").with(officerVn()).with(csrf()))
                .andExpect(status().isFound());
    }

    @Test
    void aDocumentPageShowsEachScanBesideItsTranscriptionAndTranslationInBothLanguages() throws Exception {
        long doc = catalogue("Danh sách quân nhân D7 Ba Gia", "OPEN");
        page(doc, 1, GeneratedRegister.scan("Phạm Hữu Lộc"), "1. Phạm Hữu Lộc, sinh năm 1949, quê Ba Gia",
                "1. Pham Huu Loc, born 1949, from Ba Gia");
        page(doc, 2, GeneratedRegister.pdf("Vũ Đình Khiêm"), "2. Vũ Đình Khiêm, sinh năm 1950", "2. Vu Dinh Khiem, born 1950");

        String vi = mvc.perform(get("/archive/documents/" + doc).with(viewerVn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String page1 = vi.substring(vi.indexOf("id=\"page-1\""), vi.indexOf("id=\"page-2\""));
        assertThat(page1).contains("class=\"scan-and-text\"", "<img src=\"/archive/documents/" + doc + "/pages/1/scan\"",
                "1. Phạm Hữu Lộc, sinh năm 1949, quê Ba Gia", "1. Pham Huu Loc, born 1949, from Ba Gia", "Bản chép",
                "Bản dịch");
        assertThat(vi).contains("<object type=\"application/pdf\" data=\"/archive/documents/" + doc + "/pages/2/scan\"",
                "Danh sách quân nhân đơn vị", "Công khai");
        mvc.perform(get("/archive/documents/" + doc).param("lang", "en").with(viewerVn()))
                .andExpect(content().string(containsString("Transcription")))
                .andExpect(content().string(containsString("Unit roll")));
        mvc.perform(get("/archive/documents/" + doc + "/pages/2/scan").with(viewerVn()))
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/archive").with(viewerVn())).andExpect(content().string(containsString(
                "Danh sách quân nhân D7 Ba Gia")));
        mvc.perform(get("/archive/documents/" + doc).with(liaisonVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"basis\"")))
                .andExpect(content().string(containsString("id=\"propose-leads\"")))
                .andExpect(content().string(containsString("name=\"transcription\"")));
        mvc.perform(get("/archive/documents/new").with(officerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"MARTYR_CERTIFICATE\">Bằng Tổ quốc ghi công")));
    }

    @Test
    void theSearchPageMarksTheWordsFoundWithOrWithoutDiacriticsAndHtmxGetsOnlyTheResults() throws Exception {
        long doc = catalogue("Sổ mai táng Đồi Cù Lao", "OPEN");
        page(doc, 1, GeneratedRegister.scan("x"), "Liệt sĩ Hoàng Xuân Thịnh an táng tại đồi Cù Lao",
                "Martyr Hoang Xuan Thinh buried on Cu Lao hill");

        mvc.perform(get("/archive/search").param("q", "hoang xuan thinh cu lao").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("<mark>Hoàng</mark> <mark>Xuân</mark> <mark>Thịnh</mark>")))
                .andExpect(content().string(containsString("/archive/documents/" + doc + "#page-1")));
        mvc.perform(get("/archive/search").param("q", "buried \"cu lao\"").header("HX-Request", "true").with(viewerVn()))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("<mark>buried</mark> on <mark>Cu Lao</mark> hill")));
    }

    @Test
    void anOfficerConfirmsALeadAndThePassageBecomesASourceOnThePersonsPage() throws Exception {
        String person = mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"side":"VN","fullName":"Tạ Quang Bửu Lân","sex":"M","birthDate":"1946","unit":"C4 D2 E66",
                         "lossDate":"1967-11","status":"MISSING","source":"Giấy báo tử"}
                        """)).andReturn().getResponse().getContentAsString();
        long id = json.readTree(person).get("id").asLong();
        long doc = catalogue("Sổ mai táng E66", "OPEN");
        page(doc, 1, GeneratedRegister.scan("x"), "5. Liệt sĩ Tạ Quang Bửu Lân, sinh năm 1946, đơn vị C4 D2 E66",
                "5. Martyr Ta Quang Buu Lan, born 1946, unit C4 D2 E66");

        String leads = mvc.perform(post("/archive/documents/" + doc + "/leads").header("HX-Request", "true")
                        .with(officerVn()).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(leads).startsWith("<div id=\"leads\"").contains("Tạ Quang Bửu Lân", "họ tên", "đơn vị", "năm sinh");
        String leadId = leads.replaceAll("(?s).*id=\"lead-(\\d+)\".*", "$1");
        mvc.perform(post("/archive/leads/" + leadId + "/confirm").with(officerVn()).with(csrf()))
                .andExpect(content().string(containsString("Đã xác nhận")))
                .andExpect(content().string(not(containsString("/archive/leads/" + leadId + "/confirm"))));

        mvc.perform(get("/persons/" + id).with(viewerVn()))
                .andExpect(content().string(containsString("hx-get=\"/archive/persons/" + id + "/sources\"")));
        mvc.perform(get("/archive/persons/" + id + "/sources").param("lang", "en").with(viewerVn()))
                .andExpect(content().string(containsString("Sổ mai táng E66")))
                .andExpect(content().string(containsString("5. Liệt sĩ Tạ Quang Bửu Lân, sinh năm 1946")))
                .andExpect(content().string(containsString("confirmed by officer-vn")));
    }

    @Test
    void theOtherSideSeesADocumentOnlyAfterALiaisonSharesIt() throws Exception {
        long doc = catalogue("Nhật ký hành quân Tiểu đoàn 9", "RESTRICTED");

        mvc.perform(get("/archive/documents/" + doc).with(viewerUs())).andExpect(status().isNotFound());
        mvc.perform(get("/archive").with(viewerUs())).andExpect(content().string(not(containsString("Tiểu đoàn 9"))));
        mvc.perform(get("/archive/documents/" + doc).with(officerVn()))
                .andExpect(content().string(not(containsString("name=\"basis\""))));
        mvc.perform(post("/archive/documents/" + doc + "/share").param("basis", "x").with(officerVn()).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/archive/documents/" + doc + "/share").param("basis", "request R-9").with(liaisonVn()).with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/archive/documents/" + doc).param("lang", "en").with(viewerUs())).andExpect(status().isOk())
                .andExpect(content().string(containsString("shared with us")));
        mvc.perform(get("/archive").with(viewerUs())).andExpect(content().string(containsString("Tiểu đoàn 9")));
    }

    @Test
    void aRequestIsAskedByOneSideAndAnsweredByTheOther() throws Exception {
        String location = mvc.perform(post("/archive/requests").param("subject", "Sổ mai táng E48, tháng 3/1968")
                        .param("about", "C2 D3 E48").param("details", "All pages").with(officerUs()).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get("/archive/requests").with(officerVn()))
                .andExpect(content().string(containsString("Sổ mai táng E48, tháng 3/1968")));
        mvc.perform(post("/archive/requests/" + id + "/answers").param("text", "Đã gửi 12 trang").with(officerUs())
                .with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/archive/requests/" + id + "/answers").param("text", "Đã gửi 12 trang")
                .param("packageSha256", "3f0c7d1a9b2e").with(officerVn()).with(csrf())).andExpect(status().isFound());

        mvc.perform(get("/archive/requests/" + id).param("lang", "en").with(officerUs()))
                .andExpect(content().string(containsString("Đã gửi 12 trang")))
                .andExpect(content().string(containsString("Answered")))
                .andExpect(content().string(containsString("package 3f0c7d1a9b2e")));
        mvc.perform(get("/archive/requests/" + id).with(viewerVn())).andExpect(status().isOk());
    }

    @Test
    void aReceivedPackageIsPreviewedBeforeAnythingIsImported() throws Exception {
        InstallationKeys us = InstallationKeys.generate("us-dpaa-test");
        mvc.perform(post("/archive/exchange/trusted").param("installationId", "us-dpaa-test")
                .param("publicKeyPem", us.publicKeyPem()).with(liaisonVn()).with(csrf())).andExpect(status().isFound());
        mvc.perform(get("/archive/exchange").with(liaisonVn()))
                .andExpect(content().string(containsString(us.fingerprint())));
        byte[] zip = new PackageWriter(us, "US", "VN", "Agreement 2024-05").records("persons", List.of(
                        new org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord("US-PAGE-1", "US",
                                "John A. Whitfield", null, null, null, "M", "1947", null, null, null, null, "1st Cav",
                                null, "1968-05", null, null, null, null, null, "MISSING", "DPAA case file", List.of())))
                .write(Instant.now());

        String preview = mvc.perform(multipart("/archive/exchange/preview")
                        .file(new MockMultipartFile("package", "p.zip", "application/zip", zip)).with(liaisonVn()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("us-dpaa-test (US → VN)", "Agreement 2024-05", "John A. Whitfield",
                "name=\"decision:PERSON:US-PAGE-1\"");
        mvc.perform(get("/api/v1/persons").param("q", "whitfield").with(as("admin-vn", Side.VN, Role.ADMIN)))
                .andExpect(content().string(not(containsString("Whitfield"))));

        String sha = preview.replaceAll("(?s).*name=\"sha256\" value=\"([0-9a-f]{64})\".*", "$1");
        mvc.perform(post("/archive/exchange/import").param("sha256", sha).param("decision:PERSON:US-PAGE-1", "IMPORT")
                        .param("lang", "en").with(liaisonVn()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1 imported, 0 replaced, 0 skipped")));
        mvc.perform(multipart("/archive/exchange/preview").file(new MockMultipartFile("package", "p.zip", "application/zip",
                        org.homecoming.server.archive.exchange.Zips.without(zip, "signature"))).with(liaisonVn()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("package is not signed: it has no &#39;signature&#39; entry")));
        mvc.perform(multipart("/archive/exchange/preview").file(new MockMultipartFile("package", "p.zip", "application/zip",
                zip)).with(viewerVn()).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anArtifactIsCataloguedWithAPhotoAndItsReturnIsFollowed() throws Exception {
        String location = mvc.perform(post("/archive/artifacts/new").param("description", "Nhật ký bìa xanh, 84 trang")
                        .param("foundPlace", "Đồi 31, Quảng Trị").param("foundDate", "1968-02")
                        .param("custodian", "John A. Smith (veteran)").param("returnStatus", "HELD")
                        .param("classification", "OPEN").with(officerVn()).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String path = location.substring(location.indexOf("/archive"));
        byte[] photo = GeneratedRegister.scan("bìa xanh");
        mvc.perform(multipart(path + "/photos").file(new MockMultipartFile("photo", "f.png", "image/png", photo))
                .param("caption", "mặt trước").with(officerVn()).with(csrf())).andExpect(status().isFound());
        mvc.perform(post(path + "/return").param("returnStatus", "RETURNED_TO_FAMILY").param("custodian", "Gia đình")
                .param("version", "0").with(officerVn()).with(csrf())).andExpect(status().isFound());

        String page = mvc.perform(get(path).with(viewerVn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Nhật ký bìa xanh, 84 trang", "Đã trao trả gia đình", "mặt trước",
                "Đồi 31, Quảng Trị");
        String img = page.replaceAll("(?s).*<img src=\"(" + path + "/photos/[0-9a-f]{64})\".*", "$1");
        mvc.perform(get(img).with(viewerVn())).andExpect(content().bytes(photo));
        mvc.perform(get(path).with(viewerUs())).andExpect(status().isNotFound());
        mvc.perform(get(path).param("lang", "en").with(liaisonVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"UNIT\">Unit</option>")))
                .andExpect(content().string(containsString("name=\"basis\"")));
        mvc.perform(get("/archive/artifacts").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhật ký bìa xanh, 84 trang")));
        mvc.perform(post(path + "/return").param("returnStatus", "HELD").param("version", "0").with(officerVn())
                .with(csrf())).andExpect(status().isConflict());
    }
}
