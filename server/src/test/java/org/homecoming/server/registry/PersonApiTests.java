package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.homecoming.server.TestUsers.officerUs;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.audit.AuditLog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HomecomingTest
class PersonApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    static String body(String side, String fullName, String birth, String province) {
        return """
                {"side":"%s","fullName":"%s","sex":"M","birthDate":"%s","homeProvince":"%s",
                 "lossDate":"1968-02","status":"MISSING","source":"Sổ liệt sĩ huyện, tr. 12"}
                """.formatted(side, fullName, birth, province);
    }

    JsonNode create(RequestPostProcessor user, String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/persons").with(user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    @Nested
    class Search {

        @Test
        void theSamePersonIsFoundFromThreeWritingsOfTheName() throws Exception {
            long id = create(officerVn(), body("VN", "Nguyễn Văn Thịnh", "1948", "Tỉnh Nam Định")).get("id").asLong();
            for (String q : new String[] {"nguyen van thinh 1948 nam dinh", "THINH, NGUYEN VAN", "Nguyễn Văn Thịnh"}) {
                mvc.perform(get("/api/v1/persons").param("q", q).with(viewerVn()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[0].id").value(id))
                        .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Văn Thịnh"))
                        .andExpect(jsonPath("$.total").isNumber());
            }
        }

        @Test
        void nameEnteredDecomposedIsStoredInNfc() throws Exception {
            String decomposed = "Tra\u0302\u0300n Va\u0306n Kho\u031bi";
            JsonNode p = create(officerVn(), body("VN", decomposed, "1950", "Tỉnh Nghệ An"));
            assertThat(p.get("fullName").asText()).isEqualTo("Trần Văn Khơi").hasSize(13);
            assertThat(p.get("familyName").asText()).isEqualTo("Trần");
            assertThat(p.get("homeProvinceCurrent").asText()).isEqualTo("Nghệ An");
        }

        @Test
        void pageSizeOutOfRangeIsRefused() throws Exception {
            mvc.perform(get("/api/v1/persons").param("size", "500").with(viewerVn()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("size must be in [1, 200]: 500"));
        }
    }

    @Nested
    class Security {

        @Test
        void withoutCredentialsTheApiAnswers401() throws Exception {
            mvc.perform(get("/api/v1/persons").param("q", "x")).andExpect(status().isUnauthorized());
        }

        @Test
        void httpBasicWithTheAdminPasswordIsAccepted() throws Exception {
            mvc.perform(get("/api/v1/persons").param("q", "x").with(httpBasic("admin", HomecomingTest.ADMIN_PASSWORD)))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/persons").with(httpBasic("admin", "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void aViewerCannotCreate() throws Exception {
            mvc.perform(post("/api/v1/persons").with(viewerVn()).contentType(MediaType.APPLICATION_JSON)
                    .content(body("VN", "Lê Văn Bảy", "1950", "Tỉnh Hà Tĩnh"))).andExpect(status().isForbidden());
        }

        @Test
        void anOfficerCannotCreateARecordOfTheOtherSide() throws Exception {
            mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(body("US", "John Smith", "1946", "Ohio")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("side must be the user's own side (VN): US"));
        }

        @Test
        void theAuditLogIsForAdministratorsOnly() throws Exception {
            mvc.perform(get("/api/v1/audit").with(officerVn())).andExpect(status().isForbidden());
        }
    }

    @Nested
    class OptimisticLocking {

        @Test
        void aStaleVersionIsRefusedWith409AndTheFirstChangeIsKept() throws Exception {
            JsonNode p = create(officerVn(), body("VN", "Phạm Văn Tám", "1947", "Tỉnh Thái Bình"));
            long id = p.get("id").asLong();
            String first = body("VN", "Phạm Văn Tám", "1947", "Tỉnh Thái Bình").replace("\"status\":\"MISSING\"",
                    "\"status\":\"REMAINS_RECOVERED\",\"version\":0");
            String second = body("VN", "Phạm Văn Tám", "1946", "Tỉnh Thái Bình").replace("\"status\":\"MISSING\"",
                    "\"status\":\"MISSING\",\"version\":0");
            mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON).content(first))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
            mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON).content(second))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("person " + id + " was changed by someone else (version 0 is stale)"));
            mvc.perform(get("/api/v1/persons/" + id).with(viewerVn()))
                    .andExpect(jsonPath("$.person.birthDate").value("1947"))
                    .andExpect(jsonPath("$.person.status").value("REMAINS_RECOVERED"))
                    .andExpect(jsonPath("$.history[*].status", hasItem("REMAINS_RECOVERED")));
        }

        @Test
        void anUpdateWithoutVersionIsRefused() throws Exception {
            long id = create(officerVn(), body("VN", "Phạm Văn Chín", "1947", "Tỉnh Thái Bình")).get("id").asLong();
            mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(body("VN", "Phạm Văn Chín", "1947", "Tỉnh Thái Bình")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("version must be given to update person " + id + ": null"));
        }
    }

    @Nested
    class Validation {

        @Test
        void eachBadFieldIsNamed() throws Exception {
            String bad = """
                    {"side":"VN","fullName":"Đỗ Văn Mười","sex":"X","birthDate":"1968-13","lossDate":"1960",
                     "lossLat":16.5,"status":"REPATRIATED","source":"x","lossAreaWkt":"POLYGON ((0 0, 1 1, 0 1, 1 0, 0 0))"}
                    """;
            mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems", hasItem("sex: must be M or F")))
                    .andExpect(jsonPath("$.problems", hasItem("birthDate: not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-13'")))
                    .andExpect(jsonPath("$.problems", hasItem("lossLon: give both latitude and longitude, or neither")))
                    .andExpect(jsonPath("$.problems", hasItem("lossPrecisionM: is required with coordinates")))
                    .andExpect(jsonPath("$.problems", hasItem("status: REPATRIATED is for the US side only")))
                    .andExpect(jsonPath("$.problems", hasItem(containsString("lossAreaWkt: not a valid geometry: Self-intersection"))));
        }

        @Test
        void lossBeforeBirthIsRefused() throws Exception {
            mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(body("VN", "Đỗ Văn Một", "1970", "Tỉnh Hà Nam")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems", hasItem("lossDate: must be after the birth date")));
        }
    }

    @Nested
    class Sides {

        @Test
        void aRecordOfOneSideIsHiddenFromTheOtherUntilShared() throws Exception {
            long id = create(officerUs(), body("US", "Robert J. Kowalczyk", "1945", "Ohio")
                    .replace("Sổ liệt sĩ huyện, tr. 12", "DPAA case file")).get("id").asLong();
            mvc.perform(get("/api/v1/persons/" + id).with(viewerVn())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/persons").param("q", "kowalczyk").with(viewerVn()))
                    .andExpect(jsonPath("$.total").value(0));
            mvc.perform(post("/api/v1/sharing").with(org.homecoming.server.TestUsers.as("liaison-us",
                                    org.homecoming.server.security.Side.US, org.homecoming.server.security.Role.LIAISON))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"recordType\":\"PERSON\",\"recordId\":" + id + ",\"consentBasis\":\"no family registered; agreement 2024\"}"))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.toSide").value("VN"));
            mvc.perform(get("/api/v1/persons/" + id).with(viewerVn()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.person.fullName").value("Robert J. Kowalczyk"));
            assertThat(audit.recent("PERSON", String.valueOf(id), 0, 10)).extracting(e -> e.action())
                    .contains("SHARE", "VIEW", "CREATE");
        }

        @Test
        void aLiaisonCannotShareARecordOfTheOtherSide() throws Exception {
            long id = create(officerVn(), body("VN", "Vũ Văn Hai", "1949", "Tỉnh Hải Dương")).get("id").asLong();
            mvc.perform(post("/api/v1/sharing").with(org.homecoming.server.TestUsers.as("liaison-us",
                                    org.homecoming.server.security.Side.US, org.homecoming.server.security.Role.LIAISON))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"recordType\":\"PERSON\",\"recordId\":" + id + ",\"consentBasis\":\"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("person " + id
                            + " is not of side US: only a record of one's own side can be shared"));
        }

        @Test
        void deletingIsAuditedAndTheRecordLeavesSearch() throws Exception {
            long id = create(officerVn(), body("VN", "Quách Văn Ất", "1951", "Tỉnh Bắc Ninh")).get("id").asLong();
            mvc.perform(delete("/api/v1/persons/" + id).with(officerVn())).andExpect(status().isNoContent());
            mvc.perform(get("/api/v1/persons").param("q", "quach van at").with(viewerVn()))
                    .andExpect(jsonPath("$.total").value(0));
            assertThat(audit.recent("PERSON", String.valueOf(id), 0, 10)).extracting(e -> e.action()).contains("DELETE");
        }
    }

    /** Statuses that stand on evidence cannot be typed into the API body, nor typed away. */
    @Nested
    class EvidenceStatuses {

        final RequestPostProcessor admin = org.homecoming.server.TestUsers.as("admin-vn",
                org.homecoming.server.security.Side.VN, org.homecoming.server.security.Role.ADMIN);

        String withStatus(String status, int version) {
            return body("VN", "Hồ Văn Thắng", "1949", "Tỉnh Quảng Bình").replace("\"status\":\"MISSING\"",
                    "\"status\":\"" + status + "\",\"version\":" + version).replace("1968-02", "1968-03");
        }

        @Test
        void aPutThatChangesTheStatusToIdentifiedAnswers409AndTheSameWithTheStatusUnchangedSucceeds() throws Exception {
            long id = create(officerVn(), body("VN", "Hồ Văn Thắng", "1949", "Tỉnh Quảng Bình")).get("id").asLong();
            mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(withStatus("IDENTIFIED", 0)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.status").value(409))
                    .andExpect(jsonPath("$.error").value("status IDENTIFIED is set only by a DNA identification"
                            + " confirmed by two analysts, not by editing the person"));
            mvc.perform(get("/api/v1/persons/" + id).with(viewerVn()))
                    .andExpect(jsonPath("$.person.status").value("MISSING"))
                    .andExpect(jsonPath("$.person.lossDate").value("1968-02"));
            mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(withStatus("MISSING", 0)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("MISSING"))
                    .andExpect(jsonPath("$.lossDate").value("1968-03"));
        }

        @Test
        void eachStatusThatStandsOnEvidenceIsRefused() throws Exception {
            long id = create(officerVn(), body("VN", "Hồ Văn Thắng", "1949", "Tỉnh Quảng Bình")).get("id").asLong();
            for (String s : new String[] {"FAMILY_NOTIFIED", "REBURIED"}) {
                mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                                .content(withStatus(s, 0)))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.error").value(containsString("status " + s + " is set only by")));
            }
        }

        @Test
        void aPutThatMovesAPersonOutOfIdentifiedAnswers409AndTheSameWithTheStatusUnchangedSucceeds() throws Exception {
            long id = create(officerVn(), body("VN", "Hồ Văn Thắng", "1949", "Tỉnh Quảng Bình")).get("id").asLong();
            mvc.perform(post("/api/v1/persons/" + id + "/status-corrections").with(admin)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"IDENTIFIED\",\"reason\":\"identified by the partner laboratory, file 12\","
                                    + "\"version\":0}"))
                    .andExpect(status().isCreated());
            mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(withStatus("MISSING", 1)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("status IDENTIFIED stands on a DNA identification confirmed by"
                            + " two analysts; only an administrator's correction with a reason can change it"));
            mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(withStatus("IDENTIFIED", 1)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("IDENTIFIED"))
                    .andExpect(jsonPath("$.lossDate").value("1968-03"));
        }

        @Test
        void aPersonCannotBeCreatedInAStatusThatStandsOnEvidence() throws Exception {
            mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content(body("VN", "Hồ Văn Lợi", "1949", "Tỉnh Quảng Bình").replace("MISSING", "IDENTIFIED")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("status IDENTIFIED is set only by a DNA identification"
                            + " confirmed by two analysts, not by editing the person"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM missing_person WHERE full_name = ?", Long.class,
                    "Hồ Văn Lợi")).isZero();
        }

        @Test
        void aMergeCarriesNoStatusIntoTheSurvivor() throws Exception {
            long survivor = create(officerVn(), body("VN", "Hồ Văn Gộp", "1949", "Tỉnh Quảng Bình")).get("id").asLong();
            long merged = create(officerVn(), body("VN", "Hồ Văn Gộp", "1949", "Tỉnh Quảng Bình")).get("id").asLong();
            mvc.perform(post("/api/v1/persons/" + merged + "/status-corrections").with(admin)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"IDENTIFIED\",\"reason\":\"identified by the partner laboratory, file 13\","
                                    + "\"version\":0}"))
                    .andExpect(status().isCreated());
            mvc.perform(post("/api/v1/persons/" + survivor + "/merges").with(officerVn()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"mergedId\":" + merged + ",\"reason\":\"same register entry typed twice\"}"))
                    .andExpect(status().isCreated());
            mvc.perform(get("/api/v1/persons/" + survivor).with(viewerVn()))
                    .andExpect(jsonPath("$.person.status").value("MISSING"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM missing_person WHERE id = ? AND merged_into IS NULL",
                    Long.class, merged)).isZero();
        }
    }
}
