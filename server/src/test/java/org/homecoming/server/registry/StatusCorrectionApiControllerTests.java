package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.closure.CaseFiles.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.closure.CaseFiles;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HomecomingTest
class StatusCorrectionApiControllerTests {

    static final String REASON = "set IDENTIFIED by mistake when the 2019 register was typed in";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    CaseFiles files;

    @BeforeEach
    void files() {
        files = new CaseFiles(mvc, json);
    }

    ResultActions correct(RequestPostProcessor user, long id, String status, String reason, int version) throws Exception {
        String body = json.createObjectNode().put("status", status).put("reason", reason).put("version", version).toString();
        return mvc.perform(post("/api/v1/persons/" + id + "/status-corrections").with(user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anAdministratorCorrectsAnyStatusWithAReasonAuditedAndKeptInTheHistoryAsACorrection() throws Exception {
        long id = files.person(Side.VN, "Mai Văn Sửa");
        files.correct(Side.VN, id, "IDENTIFIED");
        correct(admin(Side.VN), id, "MISSING", "  " + REASON + " ", 1).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("MISSING")).andExpect(jsonPath("$.version").value(2));
        JsonNode history = files.details(Side.VN, id).get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("status").asText()).isEqualTo("MISSING");
        assertThat(last.get("by").asText()).isEqualTo("admin-vn");
        assertThat(last.get("note").asText()).isEqualTo(REASON);
        assertThat(last.get("correction").asBoolean()).isTrue();
        assertThat(audit.recent("PERSON", String.valueOf(id), 0, 50)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("admin-vn");
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.detail()).isEqualTo("status correction IDENTIFIED -> MISSING: " + REASON);
        });
    }

    @Test
    void aCorrectionWithoutAReasonOrWithAShortOneIsRefused() throws Exception {
        long id = files.person(Side.VN, "Mai Văn Thiếu");
        correct(admin(Side.VN), id, "IDENTIFIED", "typo", 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("reason: must be between 20 and 1000 characters"));
        mvc.perform(post("/api/v1/persons/" + id + "/status-corrections").with(admin(Side.VN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IDENTIFIED\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value("reason: must not be blank"));
        correct(admin(Side.VN), id, "IDENTIFIED", "                         x", 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("reason must be at least 20 characters: say what was wrong and on"
                        + " which record the correction stands"));
        assertThat(files.details(Side.VN, id).get("person").get("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void onlyAnAdministratorCorrects() throws Exception {
        long id = files.person(Side.VN, "Mai Văn Cấm");
        correct(officerVn(), id, "IDENTIFIED", REASON, 0).andExpect(status().isForbidden());
        correct(CaseFiles.liaison(Side.VN), id, "IDENTIFIED", REASON, 0).andExpect(status().isForbidden());
        assertThat(files.details(Side.VN, id).get("person").get("status").asText()).isEqualTo("MISSING");
    }

    @Test
    void aStaleVersionAnswers409() throws Exception {
        long id = files.person(Side.VN, "Mai Văn Cũ");
        correct(admin(Side.VN), id, "IDENTIFIED", REASON, 5).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("person " + id + " was changed by someone else (version 5 is stale)"));
    }
}
