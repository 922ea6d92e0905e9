package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.TestUsers.officerVn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.closure.CaseFiles;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The person form cannot set a status that stands on evidence, nor leave one. */
@HomecomingTest
class PersonControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    CaseFiles files;

    @BeforeEach
    void files() {
        files = new CaseFiles(mvc, json);
    }

    static MockHttpServletRequestBuilder form(String path, String fullName, String status, int version) {
        return post(path).with(officerVn()).with(csrf()).param("lang", "en").param("side", "VN")
                .param("fullName", fullName).param("sex", "M").param("status", status).param("source", "register")
                .param("lossDate", "1969").param("version", String.valueOf(version));
    }

    String statusOf(long id) {
        return jdbc.queryForObject("SELECT status FROM missing_person WHERE id = ?", String.class, id);
    }

    @Test
    void theFormOffersOnlyTheStatusesThatDescribeTheCase() throws Exception {
        mvc.perform(get("/persons/new").with(officerVn()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"UNDER_IDENTIFICATION\"")))
                .andExpect(content().string(not(containsString("value=\"IDENTIFIED\""))))
                .andExpect(content().string(not(containsString("value=\"REBURIED\""))));
    }

    @Test
    void aForgedNewPersonWithStatusIdentifiedIsRefusedWithAFieldError() throws Exception {
        mvc.perform(form("/persons/new", "Đinh Văn Giả", "IDENTIFIED", 0))
                .andExpect(status().isOk()).andExpect(view().name(PersonController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("personForm", "status", "person.statusNeedsEvidence"))
                .andExpect(content().string(containsString("This status is set only by the workflow that holds its evidence")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM missing_person WHERE full_name = 'Đinh Văn Giả'", Long.class))
                .isZero();
    }

    @Test
    void aForgedEditToFamilyNotifiedIsRefusedWithAFieldError() throws Exception {
        long id = files.person(Side.VN, "Đinh Văn Thật");
        mvc.perform(form("/persons/" + id + "/edit", "Đinh Văn Thật", "FAMILY_NOTIFIED", 0))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("personForm", "status", "person.statusNeedsEvidence"));
        assertThat(statusOf(id)).isEqualTo("MISSING");
        mvc.perform(form("/persons/" + id + "/edit", "Đinh Văn Thật", "UNDER_IDENTIFICATION", 0))
                .andExpect(redirectedUrl("/persons/" + id));
        assertThat(statusOf(id)).isEqualTo("UNDER_IDENTIFICATION");
    }

    @Test
    void anIdentifiedPersonIsEditedWithItsStatusShownButCannotBeMovedOutOfIt() throws Exception {
        long id = files.person(Side.VN, "Đinh Văn Khoa");
        files.correct(Side.VN, id, "IDENTIFIED");
        mvc.perform(get("/persons/" + id + "/edit").with(officerVn()).param("lang", "en"))
                .andExpect(content().string(containsString("<input type=\"hidden\" id=\"status\" name=\"status\" value=\"IDENTIFIED\">")))
                .andExpect(content().string(not(containsString("<select id=\"status\""))));
        mvc.perform(form("/persons/" + id + "/edit", "Đinh Văn Khoa", "MISSING", 1))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("personForm", "status", "person.statusNeedsEvidence"));
        assertThat(statusOf(id)).isEqualTo("IDENTIFIED");
        mvc.perform(form("/persons/" + id + "/edit", "Đinh Văn Khoa Sửa", "IDENTIFIED", 1))
                .andExpect(redirectedUrl("/persons/" + id));
        assertThat(jdbc.queryForObject("SELECT full_name FROM missing_person WHERE id = ?", String.class, id))
                .isEqualTo("Đinh Văn Khoa Sửa");
        assertThat(statusOf(id)).isEqualTo("IDENTIFIED");
    }
}
