package org.homecoming.server.closure;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.homecoming.server.closure.CaseFiles.liaison;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HomecomingTest
class ClosureControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void aLiaisonRecordsANotificationAndAReburialFromThePersonPage() throws Exception {
        CaseFiles files = new CaseFiles(mvc, json);
        long p = files.person(Side.VN, "Hà Văn Quy");
        long sister = files.sister(Side.VN, p, "Hà Thị Thu");
        files.correct(Side.VN, p, "IDENTIFIED");
        mvc.perform(get("/persons/" + p).with(liaison(Side.VN)).param("lang", "en"))
                .andExpect(content().string(containsString("/persons/" + p + "/notifications/new")))
                .andExpect(content().string(not(containsString("/persons/" + p + "/reburials/new"))));
        mvc.perform(get("/persons/" + p + "/notifications/new").with(liaison(Side.VN)).param("lang", "vi"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ghi nhận báo tin cho gia đình")))
                .andExpect(content().string(containsString("Hà Thị Thu")));
        mvc.perform(post("/persons/" + p + "/notifications/new").with(liaison(Side.VN)).with(csrf())
                        .param("familyMemberId", String.valueOf(sister)).param("notifiedOn", "2026-03-02")
                        .param("method", "LETTER").param("notifiedBy", "Sở LĐTBXH Nghệ An"))
                .andExpect(redirectedUrl("/persons/" + p));
        mvc.perform(post("/persons/" + p + "/reburials/new").with(liaison(Side.VN)).with(csrf())
                        .param("place", "Nghĩa trang liệt sĩ huyện Nam Đàn").param("reburiedOn", "2026-03-27"))
                .andExpect(redirectedUrl("/persons/" + p));
        mvc.perform(get("/persons/" + p).with(viewerVn()).param("lang", "en"))
                .andExpect(content().string(containsString("Reburied")))
                .andExpect(content().string(containsString("Nghĩa trang liệt sĩ huyện Nam Đàn")))
                .andExpect(content().string(containsString("Hà Thị Thu")));
    }

    @Test
    void aNotificationBeforeTheIdentificationIsRefusedOnTheForm() throws Exception {
        CaseFiles files = new CaseFiles(mvc, json);
        long p = files.person(Side.VN, "Hà Văn Sớm");
        long sister = files.sister(Side.VN, p, "Hà Thị Sương");
        mvc.perform(post("/persons/" + p + "/notifications/new").with(liaison(Side.VN)).with(csrf()).param("lang", "en")
                        .param("familyMemberId", String.valueOf(sister)).param("notifiedOn", "2026-03-02")
                        .param("method", "PHONE").param("notifiedBy", "Sở LĐTBXH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Refused: person " + p + " is MISSING: FAMILY_NOTIFIED follows IDENTIFIED")));
        mvc.perform(post("/persons/" + p + "/notifications/new").with(liaison(Side.VN)).with(csrf())
                        .param("familyMemberId", String.valueOf(sister)).param("method", "FAX"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("notificationForm", "notifiedOn", "method", "notifiedBy"));
    }
}
