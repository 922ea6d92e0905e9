package org.homecoming.server.closure;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.TestUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Persons, relatives and identifications made through the API for the tests of the closure workflow. */
public record CaseFiles(MockMvc mvc, ObjectMapper json) {

    public static RequestPostProcessor admin(Side side) {
        return TestUsers.as("admin-" + side.name().toLowerCase(), side, Role.ADMIN);
    }

    public static RequestPostProcessor officer(Side side) {
        return TestUsers.as("officer-" + side.name().toLowerCase(), side, Role.CASE_OFFICER);
    }

    public static RequestPostProcessor liaison(Side side) {
        return TestUsers.as("liaison-" + side.name().toLowerCase(), side, Role.LIAISON);
    }

    /** A new missing person of the side, MISSING; its id. */
    public long person(Side side, String fullName) throws Exception {
        return send(officer(side), "/api/v1/persons", """
                {"side":"%s","fullName":"%s","sex":"M","birthDate":"1948","lossDate":"1968-02","status":"MISSING",
                 "source":"register"}""".formatted(side, fullName)).get("id").asLong();
    }

    /** A living sister of the person who consented to nothing; her id. */
    public long sister(Side side, long person, String fullName) throws Exception {
        return send(officer(side), "/api/v1/persons/" + person + "/family-members", """
                {"fullName":"%s","sex":"F","birthYear":1952,"relationship":"SISTER","living":true}"""
                .formatted(fullName)).get("id").asLong();
    }

    /** The person's details as the API shows them: person, history, family... */
    public JsonNode details(Side side, long person) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/persons/" + person).with(officer(side)))
                .andReturn().getResponse().getContentAsString());
    }

    /** Sets a status by an administrator's correction (the setup of a case already identified elsewhere). */
    public void correct(Side side, long person, String status) throws Exception {
        int version = details(side, person).get("person").get("version").asInt();
        send(admin(side), "/api/v1/persons/" + person + "/status-corrections", """
                {"status":"%s","reason":"test set-up: identified by the partner laboratory","version":%d}"""
                .formatted(status, version));
    }

    private JsonNode send(RequestPostProcessor user, String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }
}
