package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.homecoming.server.TestUsers.labUs;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.TestUsers;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.imports.Fixture;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Families, remains, genetic data and merges, on the hand-written fixture programme. */
@HomecomingTest
class RegistryApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportService imports;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    ObjectMapper json;

    long person;
    long brotherSample;
    long remainsSample;

    @BeforeEach
    void fixture() {
        Fixture.ensureImported(imports, installation, jdbc);
        person = Fixture.id(jdbc, "missing_person", "T-MP-1");
        brotherSample = Fixture.id(jdbc, "sample", "T-DNA-FM-3");
        remainsSample = Fixture.id(jdbc, "sample", "T-DNA-R-1");
    }

    @Nested
    class Genetics {

        @Test
        void onlyLaboratoryAnalystsSeeProfilesAndEachViewIsAudited() throws Exception {
            mvc.perform(get("/api/v1/samples/" + brotherSample + "/profile").with(viewerVn())).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/samples/" + brotherSample + "/profile").with(officerVn())).andExpect(status().isForbidden());
            long before = audit.count("SAMPLE", String.valueOf(brotherSample));
            mvc.perform(get("/api/v1/samples/" + brotherSample + "/profile").with(labVn()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.calls[0].locus").value("D3S1358"))
                    .andExpect(jsonPath("$.calls[0].allele1").value("15"))
                    .andExpect(jsonPath("$.calls[0].allele2").value("17"))
                    .andExpect(jsonPath("$.yStr").value("DYS19=14;DYS385=13,16;DYS389I=13"));
            assertThat(audit.count("SAMPLE", String.valueOf(brotherSample))).isEqualTo(before + 1);
            assertThat(audit.recent("SAMPLE", String.valueOf(brotherSample), 0, 1).get(0).action()).isEqualTo("VIEW_GENETIC");
            assertThat(audit.recent("SAMPLE", String.valueOf(brotherSample), 0, 1).get(0).username()).isEqualTo("lab-vn");
        }

        @Test
        void theFamilyListCarriesNoGenotypes() throws Exception {
            String body = mvc.perform(get("/api/v1/persons/" + person + "/family").with(viewerVn()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("D3S1358").doesNotContain("allele");
        }

        @Test
        void aFamilyProfileCrossesSidesOnlyWithSharingAndTheMembersConsent() throws Exception {
            mvc.perform(get("/api/v1/samples/" + brotherSample + "/profile").with(labUs())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/samples/" + remainsSample + "/profile").with(labUs())).andExpect(status().isOk());
            long brother = Fixture.id(jdbc, "family_member", "T-FM-3");
            long son = Fixture.id(jdbc, "family_member", "T-FM-5");
            mvc.perform(post("/api/v1/sharing").with(TestUsers.liaisonVn()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"recordType\":\"PERSON\",\"recordId\":" + person + ",\"consentMember\":" + son
                                    + ",\"consentBasis\":\"son's form\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("consentMember " + son
                            + " has not consented to sharing (or withdrew)"));
            mvc.perform(post("/api/v1/sharing").with(TestUsers.liaisonVn()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"recordType\":\"PERSON\",\"recordId\":" + person + ",\"consentBasis\":\"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("consentMember must name the family member whose consent"
                            + " allows sharing person " + person));
            mvc.perform(post("/api/v1/sharing").with(TestUsers.liaisonVn()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"recordType\":\"PERSON\",\"recordId\":" + person + ",\"consentMember\":" + brother
                                    + ",\"consentBasis\":\"consent form 2024-05-02\"}"))
                    .andExpect(status().isCreated());
            mvc.perform(get("/api/v1/samples/" + brotherSample + "/profile").with(labUs())).andExpect(status().isOk());
            mvc.perform(get("/api/v1/persons/" + person).with(TestUsers.viewerUs())).andExpect(status().isOk());
        }
    }

    @Nested
    class Consent {

        @Test
        void consentChangesUseOptimisticLocking() throws Exception {
            long son = Fixture.id(jdbc, "family_member", "T-FM-5");
            int version = jdbc.queryForObject("SELECT version FROM family_member WHERE id = ?", Integer.class, son);
            String body = "{\"consentDna\":true,\"consentShare\":false,\"consentDate\":\"2024-05-02\",\"withdrawn\":null,"
                    + "\"version\":" + version + "}";
            mvc.perform(put("/api/v1/family-members/" + son + "/consent").with(officerVn())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(version + 1));
            mvc.perform(put("/api/v1/family-members/" + son + "/consent").with(officerVn())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
        }
    }

    @Nested
    class Remains {

        @Test
        void theFixtureRemainsRankThePersonLostNearbyFirstWithReasons() throws Exception {
            long r = Fixture.id(jdbc, "remains", "T-R-1");
            mvc.perform(get("/api/v1/remains/" + r + "/candidates").with(viewerVn()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].personId").value(person))
                    .andExpect(jsonPath("$[0].total").value(8.5))
                    .andExpect(jsonPath("$[0].reasons[*].text", hasItem("age at loss 20 within 18–25")))
                    .andExpect(jsonPath("$[0].reasons[*].text", hasItem("lost 1.5 km from the recovery point")))
                    .andExpect(jsonPath("$[0].reasons[*].text", hasItem("artifact 'Sư đoàn 304' names the unit Sư đoàn 304")));
        }

        @Test
        void aStaleStatusChangeAnswers409() throws Exception {
            long r = Fixture.id(jdbc, "remains", "T-R-2");
            int v = jdbc.queryForObject("SELECT version FROM remains WHERE id = ?", Integer.class, r);
            String body = "{\"status\":\"SAMPLED\",\"version\":" + v + "}";
            mvc.perform(put("/api/v1/remains/" + r + "/status").with(TestUsers.as("field", Side.VN, Role.FIELD_TEAM))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
            mvc.perform(put("/api/v1/remains/" + r + "/status").with(TestUsers.as("field", Side.VN, Role.FIELD_TEAM))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
            mvc.perform(put("/api/v1/remains/" + r + "/status").with(viewerVn())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        }

        @Test
        void aRemainsStatusThatStandsOnEvidenceOrAnIdentifiedPersonCannotBeTyped() throws Exception {
            long r = Fixture.id(jdbc, "remains", "T-R-1");
            long person = Fixture.id(jdbc, "missing_person", "T-MP-1");
            int v = jdbc.queryForObject("SELECT version FROM remains WHERE id = ?", Integer.class, r);
            for (String body : new String[] {"{\"status\":\"IDENTIFIED\",\"identifiedPersonId\":" + person + ",\"version\":" + v + "}",
                    "{\"status\":\"PROFILED\",\"identifiedPersonId\":" + person + ",\"version\":" + v + "}",
                    "{\"status\":\"REBURIED\",\"version\":" + v + "}"}) {
                mvc.perform(put("/api/v1/remains/" + r + "/status").with(TestUsers.as("field", Side.VN, Role.FIELD_TEAM))
                                .contentType(MediaType.APPLICATION_JSON).content(body))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("remains " + r + ": status ")));
            }
            assertThat(jdbc.queryForObject("SELECT status FROM remains WHERE id = ?", String.class, r)).isEqualTo("PROFILED");
        }

        @Test
        void sitesAndTheirRemainsArePaged() throws Exception {
            mvc.perform(get("/api/v1/sites").param("size", "1").with(viewerVn()))
                    .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.size").value(1));
        }
    }

    @Nested
    class Merges {

        @Test
        void aMergeIsExplicitLoggedAndReversible() throws Exception {
            String body = """
                    {"side":"VN","fullName":"Nguyen Van Thanh","sex":"M","birthDate":"1948","homeProvince":"Tỉnh Nam Định",
                     "status":"MISSING","source":"Danh sách đơn vị"}""";
            long copy = json.readTree(mvc.perform(post("/api/v1/persons").with(officerVn())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString())
                    .get("id").asLong();
            mvc.perform(get("/api/v1/persons/" + person + "/duplicates").with(viewerVn()))
                    .andExpect(jsonPath("$[?(@.id == " + copy + ")].reasons[*]", hasItem("SAME_NAME")))
                    .andExpect(jsonPath("$[?(@.id == " + copy + ")].reasons[*]", hasItem("SAME_PROVINCE")));
            String merge = mvc.perform(post("/api/v1/persons/" + person + "/merges").with(officerVn())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mergedId\":" + copy + ",\"reason\":\"same soldier in the unit list\"}"))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.mergedBy").value("officer-vn"))
                    .andReturn().getResponse().getContentAsString();
            long mergeId = json.readTree(merge).get("id").asLong();
            mvc.perform(get("/api/v1/persons").param("q", "nguyen van thanh 1948 nam dinh").with(viewerVn()))
                    .andExpect(jsonPath("$.items[*].id", hasItem((int) person)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                            "\"id\":" + copy + ","))));
            mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(officerVn()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.undoneBy").value("officer-vn"));
            mvc.perform(get("/api/v1/persons").param("q", "nguyen van thanh 1948 nam dinh").with(viewerVn()))
                    .andExpect(jsonPath("$.items[*].id", hasItem((int) copy)));
            assertThat(audit.recent("PERSON", String.valueOf(copy), 0, 5)).extracting(e -> e.action())
                    .contains("MERGE", "UNMERGE");
        }

        @Test
        void aPersonCannotBeMergedIntoItselfOrWithoutAReason() throws Exception {
            mvc.perform(post("/api/v1/persons/" + person + "/merges").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mergedId\":" + person + ",\"reason\":\"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("a person cannot be merged into itself: " + person));
            mvc.perform(post("/api/v1/persons/" + person + "/merges").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mergedId\":" + (person + 1) + ",\"reason\":\" \"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("a merge needs a reason: say why the two records are the same person"));
        }
    }

    @Test
    void theOpenApiDocumentListsThePersonsEndpoint() throws Exception {
        mvc.perform(get("/v3/api-docs").with(viewerVn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/persons'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/persons/{id}'].put").exists());
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
