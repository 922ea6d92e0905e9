package org.homecoming.server.registry;

import static org.hamcrest.Matchers.containsString;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.closure.CaseFiles.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.closure.CaseFiles;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HomecomingTest
class StatusCorrectionControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theCorrectionPageNeedsAReasonAndThenCorrects() throws Exception {
        long id = new CaseFiles(mvc, json).person(Side.VN, "Lục Văn Đính");
        mvc.perform(get("/persons/" + id).with(admin(Side.VN)).param("lang", "en"))
                .andExpect(content().string(containsString("/persons/" + id + "/status-corrections/new")));
        mvc.perform(get("/persons/" + id + "/status-corrections/new").with(admin(Side.VN)).param("lang", "vi"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đính chính trạng thái")));
        mvc.perform(post("/persons/" + id + "/status-corrections/new").with(admin(Side.VN)).with(csrf())
                        .param("status", "IDENTIFIED").param("reason", "").param("version", "0"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("statusCorrectionForm", "reason"));
        mvc.perform(post("/persons/" + id + "/status-corrections/new").with(admin(Side.VN)).with(csrf())
                        .param("status", "IDENTIFIED").param("reason", "DPAA accession 2024-117, letter of 3 May")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/persons/" + id));
        mvc.perform(get("/api/v1/persons/" + id).with(officerVn()))
                .andExpect(jsonPath("$.person.status").value("IDENTIFIED"));
    }

    @Test
    void aCaseOfficerCannotOpenOrPostTheCorrectionPage() throws Exception {
        long id = new CaseFiles(mvc, json).person(Side.VN, "Lục Văn Cấm");
        mvc.perform(get("/persons/" + id + "/status-corrections/new").with(officerVn())).andExpect(status().isForbidden());
        mvc.perform(post("/persons/" + id + "/status-corrections/new").with(officerVn()).with(csrf())
                        .param("status", "IDENTIFIED").param("reason", "DPAA accession 2024-117, letter of 3 May")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }
}
