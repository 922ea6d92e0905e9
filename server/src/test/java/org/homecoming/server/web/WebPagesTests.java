package org.homecoming.server.web;

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

import org.homecoming.server.HomecomingTest;
import org.homecoming.server.imports.Fixture;
import org.homecoming.server.imports.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        Fixture.ensureImported(imports, jdbc);
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
