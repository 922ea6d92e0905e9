package org.homecoming.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.imports.Fixture;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@HomecomingTest
class WebPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportService imports;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() {
        Fixture.ensureImported(imports, installation, jdbc);
    }

    @Test
    void pagesNeedALoginAndTheLoginPageIsPublic() throws Exception {
        mvc.perform(get("/persons")).andExpect(status().isFound()).andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void theInterfaceSpeaksVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng quan")));
        mvc.perform(get("/").param("lang", "en").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dashboard")))
                .andExpect(content().string(containsString("Status by present-day province of origin")));
    }

    @Test
    void aSearchWithoutDiacriticsFindsThePersonAndThePersonPageShowsPedigreeTimelineAndMap() throws Exception {
        long id = Fixture.id(jdbc, "missing_person", "T-MP-1");
        mvc.perform(get("/persons/results").param("q", "nguyen van thanh 1948 nam dinh").with(viewerVn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/persons/" + id)));
        mvc.perform(get("/persons/" + id).param("lang", "en").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Nguyễn Văn Hùng")))
                .andExpect(content().string(containsString("id=\"person-map\"")))
                .andExpect(content().string(containsString("data-lat=\"16.75\"")))
                .andExpect(content().string(containsString("Sổ liệt sĩ huyện Hải Hậu")))
                .andExpect(content().string(not(containsString("fill=\"#7fb3d5\""))));
        mvc.perform(get("/persons/" + id).with(labVn()))
                .andExpect(content().string(containsString("fill=\"#7fb3d5\"")));
    }

    @Test
    void theFormShowsEachProblemAndNeedsACsrfToken() throws Exception {
        mvc.perform(post("/persons/new").with(officerVn()).param("fullName", "Lê Văn Tư")).andExpect(status().isForbidden());
        mvc.perform(post("/persons/new").with(officerVn()).with(csrf()).param("lang", "en").param("side", "VN")
                        .param("fullName", "Lê Văn Tư").param("sex", "M").param("status", "MISSING").param("source", "")
                        .param("birthDate", "1950-14"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not a date (YYYY, YYYY-MM or YYYY-MM-DD): &#39;1950-14&#39;")))
                .andExpect(content().string(containsString("must not be blank")));
        mvc.perform(post("/persons/new").with(officerVn()).with(csrf()).param("side", "VN")
                        .param("fullName", "Lê Văn Tư").param("sex", "M").param("status", "MISSING")
                        .param("source", "Giấy báo tử 1969").param("birthDate", "1950"))
                .andExpect(redirectedUrlPattern("/persons/*"));
    }

    @Test
    void theImportPagePreviewsProblemsWithoutWriting() throws Exception {
        MockMultipartFile bad = new MockMultipartFile("files", "sites.csv", "text/csv",
                "id,kind,name,province,lat,lon,wkt\nW-S-1,CASTLE,x,,16.9,106.8,\n".getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/imports").file(bad)
                        .with(officerVn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "sites.csv:2: kind: must be one of BATTLE_SITE, CEMETERY, CRASH_SITE, GRAVE: &#39;CASTLE&#39;")));
        mvc.perform(get("/imports").with(viewerVn())).andExpect(status().isForbidden());
    }

    @Test
    void storedCodesAndComparisonReasonsAreShownInTheReadersLanguage() throws Exception {
        long id = Fixture.id(jdbc, "missing_person", "T-MP-1");
        mvc.perform(get("/persons/" + id).with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Anh/em trai</td>")))
                .andExpect(content().string(containsString(">Anh/em trai</text>")))
                .andExpect(content().string(not(containsString(">BROTHER<"))));
        mvc.perform(get("/persons/" + id).param("lang", "en").with(viewerVn()))
                .andExpect(content().string(containsString("<td>Brother</td>")));
        long r = Fixture.id(jdbc, "remains", "T-R-1");
        mvc.perform(get("/remains/" + r).with(viewerVn()))
                .andExpect(content().string(containsString("hy sinh cách nơi quy tập")))
                .andExpect(content().string(not(containsString("from the recovery point"))));
        mvc.perform(get("/remains/" + r).param("lang", "en").with(viewerVn()))
                .andExpect(content().string(containsString("km from the recovery point")));
    }

    private long createPerson(String fullName) throws Exception {
        String body = """
                {"side":"VN","fullName":"%s","sex":"M","birthDate":"1949","homeProvince":"Tỉnh Thái Bình",
                 "lossDate":"1972-06","status":"MISSING","source":"Danh sách đơn vị"}""".formatted(fullName);
        String created = mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    @Test
    void possibleDuplicatesShowTheirReasonsAndAMergeFromThePageIsLoggedAndUndone() throws Exception {
        long kept = createPerson("Đinh Công Khoát");
        long copy = createPerson("Dinh Cong Khoat");
        mvc.perform(get("/persons/" + kept).with(viewerVn()))
                .andExpect(content().string(containsString("hx-get=\"/persons/" + kept + "/duplicates\"")));
        mvc.perform(get("/persons/" + kept + "/duplicates").with(officerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/persons/" + copy + "\"")))
                .andExpect(content().string(containsString("cùng họ tên")))
                .andExpect(content().string(containsString("cùng năm sinh")))
                .andExpect(content().string(containsString("name=\"mergedId\" value=\"" + copy + "\"")));
        mvc.perform(get("/persons/" + kept + "/duplicates").with(viewerVn()))
                .andExpect(content().string(not(containsString("name=\"mergedId\""))));
        mvc.perform(post("/persons/" + kept + "/merges").with(viewerVn()).with(csrf())
                .param("mergedId", String.valueOf(copy)).param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/persons/" + kept + "/merges").with(officerVn()).with(csrf())
                        .param("mergedId", String.valueOf(copy)).param("reason", "cùng danh sách đơn vị"))
                .andExpect(status().isFound()).andExpect(header().string("Location", "/persons/" + kept));
        assertThat(jdbc.queryForObject("SELECT merged_into FROM missing_person WHERE id = ?", Long.class, copy))
                .isEqualTo(kept);
        long merge = jdbc.queryForObject("SELECT MAX(id) FROM person_merge WHERE merged_id = ?", Long.class, copy);
        mvc.perform(get("/persons/" + kept + "/duplicates").with(officerVn()))
                .andExpect(content().string(containsString("cùng danh sách đơn vị")))
                .andExpect(content().string(containsString("/merges/" + merge + "/undo")));
        mvc.perform(post("/merges/" + merge + "/undo").with(officerVn()).with(csrf()))
                .andExpect(status().isFound()).andExpect(header().string("Location", "/persons/" + kept));
        assertThat(jdbc.queryForObject("SELECT merged_into FROM missing_person WHERE id = ?", Long.class, copy)).isNull();
        mvc.perform(post("/persons/" + kept + "/merges").with(officerVn()).with(csrf())
                        .param("mergedId", String.valueOf(copy)).param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("a merge needs a reason")));
    }

    @Test
    void remainsAndSiteMapPagesRender() throws Exception {
        long r = Fixture.id(jdbc, "remains", "T-R-1");
        mvc.perform(get("/remains/" + r).with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn Thành")));
        mvc.perform(get("/sites").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"site-map\"")));
        mvc.perform(get("/sites.geojson").with(viewerVn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nghĩa trang liệt sĩ Trường Sơn")));
        mvc.perform(get("/geo/vn-provinces-34.geojson")).andExpect(status().isOk());
    }
}
