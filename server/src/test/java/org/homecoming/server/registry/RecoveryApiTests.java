package org.homecoming.server.registry;

import static org.hamcrest.Matchers.hasItem;
import static org.homecoming.server.TestUsers.as;
import static org.homecoming.server.TestUsers.officerUs;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.imports.Fixture;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sites, remains, custody steps and relatives recorded one at a time through the API, with their checks. */
@HomecomingTest
class RecoveryApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ImportService imports;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        Fixture.ensureImported(imports, installation, jdbc);
    }

    private static RequestPostProcessor fieldVn() {
        return as("field-vn", Side.VN, Role.FIELD_TEAM);
    }

    private ResultActions post(String path, RequestPostProcessor user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aFieldTeamRecordsASiteTheRemainsFoundThereAndTheCustodyOfASample() throws Exception {
        String site = post("/api/v1/sites", fieldVn(), """
                {"kind":"GRAVE","name":"Mộ đơn Đồi 241","province":"Quảng Trị","lat":16.79,"lon":107.02}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ref").value(org.hamcrest.Matchers.startsWith("S-")))
                .andReturn().getResponse().getContentAsString();
        long siteId = json.readTree(site).get("id").asLong();
        post("/api/v1/remains", fieldVn(), """
                {"siteId":%d,"recoveryDate":"2025-03","sexEstimate":"M","ageMin":18,"ageMax":25,"condition":"POOR",
                 "artifacts":"bi đông;dép cao su","team":"Đội K92"}""".formatted(siteId))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.recoveryYear").value(2025))
                .andExpect(jsonPath("$.status").value("RECOVERED"));
        mvc.perform(get("/api/v1/sites/" + siteId + "/remains").with(viewerVn()))
                .andExpect(jsonPath("$[0].artifacts").value("bi đông;dép cao su"));
        long sample = Fixture.id(jdbc, "sample", "T-DNA-R-1");
        post("/api/v1/samples/" + sample + "/custody", fieldVn(), """
                {"at":"2025-03-02T08:00:00+07:00","actor":"Đội K92","place":"Đồi 241","action":"SEALED"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$[*].action", hasItem("SEALED")));
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM site", Long.class);
        post("/api/v1/sites", fieldVn(), """
                {"kind":"CASTLE","name":"x","lat":95,"lon":107}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems", hasItem("kind: must be GRAVE, CEMETERY, CRASH_SITE or BATTLE_SITE")))
                .andExpect(jsonPath("$.problems", hasItem("lat: must be less than or equal to 90")));
        long site = Fixture.id(jdbc, "site", "T-S-1");
        post("/api/v1/remains", fieldVn(), """
                {"siteId":%d,"sexEstimate":"M","ageMin":40,"ageMax":25,"condition":"POOR"}""".formatted(site))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("ageMax: must not be below ageMin: 25 < 40"));
        post("/api/v1/remains", fieldVn(), """
                {"siteId":%d,"sexEstimate":"M","condition":"POOR","recoveryDate":"2025-13"}""".formatted(site))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("recoveryDate: not a date (YYYY, YYYY-MM or YYYY-MM-DD): '2025-13'"));
        post("/api/v1/samples/" + Fixture.id(jdbc, "sample", "T-DNA-R-1") + "/custody", fieldVn(), """
                {"at":"2999-01-01T00:00:00Z","actor":"x","place":"y","action":"z"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0]").value(
                        org.hamcrest.Matchers.startsWith("at: must be a date in the past or in the present")));
        post("/api/v1/sites", viewerVn(), "{\"kind\":\"GRAVE\",\"name\":\"x\",\"lat\":16,\"lon\":107}")
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site", Long.class))
                .isEqualTo(before);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEntityOfTheRegistry() throws Exception {
        mvc.perform(get("/v3/api-docs").with(viewerVn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}/family-members'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/family-members/{id}/consent'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sites'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/remains'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/remains/{id}/status'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/samples/{id}/custody'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/samples/{id}/profile'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}/merges'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/merges/{mergeId}/undo'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/imports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/sharing'].post").exists());
    }

    @Test
    void anOfficerAddsARelativeLinkedIntoThePedigree() throws Exception {
        long person = Fixture.id(jdbc, "missing_person", "T-MP-1");
        post("/api/v1/persons/" + person + "/family-members", officerVn(), """
                {"fullName":"Nguyễn Thị Mai","sex":"F","birthYear":1975,"relationship":"NIECE","fatherRef":"T-FM-3",
                 "living":true,"consentDna":true,"consentShare":false,"consentDate":"2025-01-10"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.familyRef").value("T-F-1"))
                .andExpect(jsonPath("$.fatherRef").value("T-FM-3"));
        mvc.perform(get("/api/v1/persons/" + person + "/family").with(viewerVn()))
                .andExpect(jsonPath("$[*].fullName", hasItem("Nguyễn Thị Mai")));
    }

    @Test
    void aRelativeMustBeLinkedToAParentOfTheRightSexInTheSameFamily() throws Exception {
        long person = Fixture.id(jdbc, "missing_person", "T-MP-1");
        String niece = """
                {"fullName":"Nguyễn Thị Lụa","sex":"F","relationship":"NIECE","fatherRef":"%s","living":true}""";
        post("/api/v1/persons/" + person + "/family-members", officerVn(), niece.formatted("T-FM-2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("fatherRef: 'T-FM-2' is F and cannot be the father"));
        post("/api/v1/persons/" + person + "/family-members", officerVn(), niece.formatted("NO-SUCH"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("fatherRef: no one of this family has ref 'NO-SUCH'"));
        post("/api/v1/persons/" + person + "/family-members", officerVn(), """
                {"fullName":"Nguyễn Văn X","sex":"M","relationship":"FATHER","living":false}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("relationship: the family already has a FATHER"));
        String created = post("/api/v1/persons", officerVn(), """
                {"side":"VN","fullName":"Lại Văn Tiến","sex":"M","birthDate":"1950","status":"MISSING","source":"x"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long unshared = json.readTree(created).get("id").asLong();
        post("/api/v1/persons/" + unshared + "/family-members", officerUs(), """
                {"fullName":"Lại Thị Hoa","sex":"F","relationship":"SISTER","living":true}""")
                .andExpect(status().isNotFound());
    }
}
