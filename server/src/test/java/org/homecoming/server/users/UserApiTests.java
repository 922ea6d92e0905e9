package org.homecoming.server.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.TestUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The contract of {@code /api/v1/users} that scripts rely on, and a generated password's first use. */
@HomecomingTest
class UserApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    static RequestPostProcessor admin() {
        return TestUsers.as("admin", Side.VN, Role.ADMIN);
    }

    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode create(String username, String more) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"fullName\":\"Nguyễn Thị Lan\",\"roles\":[\"LAB_ANALYST\"],"
                + "\"side\":\"VN\"" + more + "}";
        return json.readTree(send(post("/api/v1/users"), body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void creatingAnswers201WithTheIdRolesSideAndAOneTimePassword() throws Exception {
        String name = unique("lan");
        send(post("/api/v1/users"), "{\"username\":\"" + name + "\",\"fullName\":\"Nguyễn Thị Lan\","
                + "\"roles\":[\"LAB_ANALYST\"],\"side\":\"VN\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/users/\\d+")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.roles[0]").value("LAB_ANALYST"))
                .andExpect(jsonPath("$.side").value("VN"))
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andExpect(jsonPath("$.oneTimePassword", matchesPattern("[A-Za-z0-9]{20}")));
    }

    @Test
    void theOneTimePasswordOpensOnlyThePasswordChangeUntilItIsChanged() throws Exception {
        String name = unique("hoa");
        String once = create(name, "").get("oneTimePassword").asText();
        mvc.perform(get("/api/v1/persons").param("q", "x").with(httpBasic(name, once)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("the password of " + name + " must be changed before the API can"
                        + " be used: POST /api/v1/account/password with {\"currentPassword\":...,\"newPassword\":...}"));
        String mine = "a passphrase of my own";
        mvc.perform(post("/api/v1/account/password").with(httpBasic(name, once)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"" + once + "\",\"newPassword\":\"short\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("newPassword"))
                .andExpect(jsonPath("$.error").value("newPassword: password must have at least 12 characters: 5 given"));
        mvc.perform(post("/api/v1/account/password").with(httpBasic(name, once)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"" + once + "\",\"newPassword\":\"" + mine + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/persons").param("q", "x").with(httpBasic(name, mine))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").param("q", "x").with(httpBasic(name, once))).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordGivenInTheBodyMustPassThePolicyAndIsNotForcedToChange() throws Exception {
        String name = unique("minh");
        send(post("/api/v1/users"), "{\"username\":\"" + name + "\",\"roles\":[\"VIEWER\"],\"side\":\"US\","
                + "\"password\":\"short\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("password"))
                .andExpect(jsonPath("$.error").value("password must have at least 12 characters: 5 given"));
        JsonNode made = create(name, ",\"password\":\"a chosen long passphrase\"");
        assertThat(made.get("oneTimePassword").isNull()).isTrue();
        assertThat(made.get("mustChangePassword").asBoolean()).isFalse();
        mvc.perform(get("/api/v1/persons").param("q", "x").with(httpBasic(name, "a chosen long passphrase")))
                .andExpect(status().isOk());
    }

    @Nested
    class BadInput {

        private void refused(String body, String field, String error) throws Exception {
            send(post("/api/v1/users"), body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.field").value(field))
                    .andExpect(jsonPath("$.error").value(error));
        }

        @Test
        void eachProblemNamesItsField() throws Exception {
            refused("{\"roles\":[\"VIEWER\"],\"side\":\"VN\"}", "username", "username must be given");
            refused("{\"username\":\"lan lan\",\"roles\":[\"VIEWER\"],\"side\":\"VN\"}", "username",
                    "username must be 1 to 64 letters, digits, '.', '_' or '-': lan lan");
            refused("{\"username\":\"x1\",\"side\":\"VN\"}", "roles", "roles must name at least one of ADMIN,"
                    + " CASE_OFFICER, LAB_ANALYST, FIELD_TEAM, LIAISON, VIEWER, MINE_ACTION_OFFICER, QUALITY_MANAGER, REMEDIATION_OFFICER, SOCIAL_WORKER");
            refused("{\"username\":\"x1\",\"roles\":[\"GENETICIST\"],\"side\":\"VN\"}", "roles", "roles must each be"
                    + " one of ADMIN, CASE_OFFICER, LAB_ANALYST, FIELD_TEAM, LIAISON, VIEWER, MINE_ACTION_OFFICER, QUALITY_MANAGER, REMEDIATION_OFFICER, SOCIAL_WORKER: GENETICIST");
            refused("{\"username\":\"x1\",\"roles\":[\"VIEWER\"],\"side\":\"FR\"}", "side", "side must be VN or US: FR");
            refused("{\"username\":\"x1\",\"roles\":[\"VIEWER\"]}", "side", "side must be VN or US: null");
            refused("{\"username\":\"x1\",\"fullName\":\"" + "a".repeat(201) + "\",\"roles\":[\"VIEWER\"],\"side\":\"VN\"}",
                    "fullName", "fullName must be at most 200 characters: 201 given");
        }

        @Test
        void aWrongJsonTypeNamesTheField() throws Exception {
            refused("{\"username\":\"x1\",\"roles\":\"LAB_ANALYST\",\"side\":\"VN\"}", "roles", "roles has the wrong type"
                    + " in the JSON body (roles is a list of role names, enabled true or false, the others text)");
            send(post("/api/v1/users"), "{not json").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("the body must be a JSON object"));
        }

        @Test
        void aTakenUsernameIs409() throws Exception {
            String name = unique("tuan");
            create(name, "");
            send(post("/api/v1/users"), "{\"username\":\"" + name + "\",\"roles\":[\"VIEWER\"],\"side\":\"VN\"}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("username already taken: " + name));
        }

        @Test
        void aPutMustGiveRolesAndEnabled() throws Exception {
            long id = create(unique("put"), "").get("id").asLong();
            send(put("/api/v1/users/" + id), "{\"roles\":[\"VIEWER\"]}").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("enabled"));
        }
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        mvc.perform(get("/api/v1/users").with(TestUsers.labVn())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").with(TestUsers.officerVn()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"sneaky\",\"roles\":[\"ADMIN\"],\"side\":\"VN\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
    }

    @Test
    void listReadChangeAndReset() throws Exception {
        String name = unique("thu");
        JsonNode made = create(name, "");
        long id = made.get("id").asLong();
        mvc.perform(get("/api/v1/users").param("size", "200").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem(name)))
                .andExpect(jsonPath("$.items[0].passwordHash").doesNotExist());
        mvc.perform(get("/api/v1/users/" + id).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Nguyễn Thị Lan"))
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andExpect(jsonPath("$.updatedAt", nullValue()));
        send(patch("/api/v1/users/" + id), "{\"roles\":[\"LAB_ANALYST\",\"CASE_OFFICER\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("CASE_OFFICER"))
                .andExpect(jsonPath("$.roles[1]").value("LAB_ANALYST"))
                .andExpect(jsonPath("$.fullName").value("Nguyễn Thị Lan"))
                .andExpect(jsonPath("$.updatedBy").value("admin"));
        send(put("/api/v1/users/" + id), "{\"roles\":[\"VIEWER\"],\"enabled\":false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false)).andExpect(jsonPath("$.fullName", nullValue()));
        String once = made.get("oneTimePassword").asText();
        String again = json.readTree(mvc.perform(post("/api/v1/users/" + id + "/password-reset").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString()).get("oneTimePassword").asText();
        assertThat(again).hasSize(20).isNotEqualTo(once);
        mvc.perform(get("/api/v1/users/999999").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorChangeTheirOwnRoles() throws Exception {
        long id = json.readTree(mvc.perform(get("/api/v1/users").param("size", "200").with(admin()))
                .andReturn().getResponse().getContentAsString()).get("items").findParents("username").stream()
                .filter(n -> n.get("username").asText().equals("admin")).findFirst().orElseThrow().get("id").asLong();
        send(patch("/api/v1/users/" + id), "{\"enabled\":false}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("enabled: an administrator cannot disable their own account"));
        send(patch("/api/v1/users/" + id), "{\"roles\":[\"ADMIN\",\"LAB_ANALYST\"]}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("roles: an administrator cannot change their own roles;"
                        + " another administrator must"));
    }
}
