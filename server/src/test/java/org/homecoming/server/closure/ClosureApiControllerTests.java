package org.homecoming.server.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.homecoming.server.closure.CaseFiles.liaison;
import static org.homecoming.server.closure.CaseFiles.officer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.audit.AuditEntry;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@HomecomingTest
class ClosureApiControllerTests {

    static final String NOTIFICATION = """
            {"familyMemberId":%d,"notifiedOn":"2026-03-02","method":"IN_PERSON","notifiedBy":"Trần Văn Nam, Sở LĐTBXH",
             "notes":"Bà Hoa nhận tin tại nhà"}""";
    static final String REBURIAL = """
            {"place":"Nghĩa trang liệt sĩ Trường Sơn","reburiedOn":"2026-04-27","graveRef":"Khu B, hàng 3, mộ 12"}""";
    static final String REPATRIATION = """
            {"repatriatedOn":"2026-04-10","ceremonyPlace":"Da Nang International Airport","receivingAgency":"DPAA"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    CaseFiles files;

    @BeforeEach
    void files() {
        files = new CaseFiles(mvc, json);
    }

    ResultActions send(RequestPostProcessor user, long person, String what, String body) throws Exception {
        return mvc.perform(post("/api/v1/persons/" + person + "/" + what).with(user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String statusOf(Side side, long person) throws Exception {
        return files.details(side, person).get("person").get("status").asText();
    }

    AuditEntry lastAudit(String type, long id) {
        return audit.recent(type, String.valueOf(id), 0, 1).get(0);
    }

    /** The newest status change in the audit log of a person (views come between). */
    AuditEntry lastStatusChange(long person) {
        return audit.recent("PERSON", String.valueOf(person), 0, 50).stream()
                .filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
    }

    @Nested
    class Notification {

        @Test
        void aNotificationMovesAnIdentifiedPersonToFamilyNotifiedWithItsAuditAndHistory() throws Exception {
            long p = files.person(Side.VN, "Lê Văn Khoa");
            long sister = files.sister(Side.VN, p, "Lê Thị Hoa");
            files.correct(Side.VN, p, "IDENTIFIED");
            long n = json.readTree(send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(sister))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.memberName").value("Lê Thị Hoa"))
                    .andExpect(jsonPath("$.relationship").value("SISTER"))
                    .andExpect(jsonPath("$.method").value("IN_PERSON"))
                    .andExpect(jsonPath("$.recordedBy").value("liaison-vn"))
                    .andReturn().getResponse().getContentAsString()).get("id").asLong();
            JsonNode d = files.details(Side.VN, p);
            assertThat(d.get("person").get("status").asText()).isEqualTo("FAMILY_NOTIFIED");
            JsonNode last = d.get("history").get(d.get("history").size() - 1);
            assertThat(last.get("status").asText()).isEqualTo("FAMILY_NOTIFIED");
            assertThat(last.get("by").asText()).isEqualTo("liaison-vn");
            assertThat(last.get("note").asText()).startsWith("notification " + n + ": Lê Thị Hoa (SISTER) on 2026-03-02");
            assertThat(last.get("correction").asBoolean()).isFalse();
            assertThat(lastAudit("FAMILY_NOTIFICATION", n).detail()).isEqualTo("person " + p + ", notification " + n
                    + ": Lê Thị Hoa (SISTER) on 2026-03-02, IN_PERSON, by Trần Văn Nam, Sở LĐTBXH");
            AuditEntry moved = lastStatusChange(p);
            assertThat(moved.username()).isEqualTo("liaison-vn");
            assertThat(moved.detail()).startsWith("status IDENTIFIED -> FAMILY_NOTIFIED: notification " + n);
            mvc.perform(get("/api/v1/persons/" + p + "/closure").with(viewerVn()))
                    .andExpect(jsonPath("$.notifications[0].notifiedOn").value("2026-03-02"))
                    .andExpect(jsonPath("$.notifications[0].notes").value("Bà Hoa nhận tin tại nhà"));
        }

        @Test
        void aNotificationBeforeTheIdentificationIsRefusedAndNothingIsKept() throws Exception {
            long p = files.person(Side.VN, "Lê Văn Bảo");
            long sister = files.sister(Side.VN, p, "Lê Thị Lan");
            send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(sister))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("person " + p + " is MISSING: FAMILY_NOTIFIED follows IDENTIFIED"));
            assertThat(statusOf(Side.VN, p)).isEqualTo("MISSING");
            mvc.perform(get("/api/v1/persons/" + p + "/closure").with(viewerVn()))
                    .andExpect(jsonPath("$.notifications").isEmpty());
        }

        @Test
        void aSecondRelativeIsNotifiedWithoutMovingTheStatusAgain() throws Exception {
            long p = files.person(Side.VN, "Lê Văn Cường");
            long sister = files.sister(Side.VN, p, "Lê Thị Mai");
            files.correct(Side.VN, p, "IDENTIFIED");
            send(officer(Side.VN), p, "notifications", NOTIFICATION.formatted(sister)).andExpect(status().isCreated());
            int steps = files.details(Side.VN, p).get("history").size();
            send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(sister).replace("IN_PERSON", "LETTER"))
                    .andExpect(status().isCreated());
            assertThat(files.details(Side.VN, p).get("history").size()).isEqualTo(steps);
            assertThat(statusOf(Side.VN, p)).isEqualTo("FAMILY_NOTIFIED");
        }

        @Test
        void theRelativeMustBeOfThisPerson() throws Exception {
            long p = files.person(Side.VN, "Lê Văn Dũng");
            long other = files.person(Side.VN, "Phạm Văn Em");
            long stranger = files.sister(Side.VN, other, "Phạm Thị Gấm");
            files.correct(Side.VN, p, "IDENTIFIED");
            send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(stranger))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("familyMemberId must be a relative of person " + p + ": " + stranger));
            assertThat(statusOf(Side.VN, p)).isEqualTo("IDENTIFIED");
        }

        @Test
        void eachMissingOrWrongFieldIsNamed() throws Exception {
            long p = files.person(Side.VN, "Lê Văn Giang");
            send(liaison(Side.VN), p, "notifications", """
                    {"familyMemberId":1,"notifiedOn":"2999-01-01","method":"EMAIL","notifiedBy":" "}""")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.problems[0]").value("method: must be IN_PERSON, LETTER or PHONE"))
                    .andExpect(jsonPath("$.problems[1]").value("notifiedBy: must not be blank"))
                    .andExpect(jsonPath("$.problems[2]").value("notifiedOn: must be a date in the past or in the present"));
        }

        @Test
        void aViewerAndTheOtherSideCannotRecord() throws Exception {
            long p = files.person(Side.VN, "Lê Văn Hải");
            long sister = files.sister(Side.VN, p, "Lê Thị Hằng");
            files.correct(Side.VN, p, "IDENTIFIED");
            send(viewerVn(), p, "notifications", NOTIFICATION.formatted(sister)).andExpect(status().isForbidden());
            send(CaseFiles.admin(Side.VN), p, "notifications", NOTIFICATION.formatted(sister))
                    .andExpect(status().isForbidden());
            assertThat(statusOf(Side.VN, p)).isEqualTo("IDENTIFIED");
        }
    }

    @Nested
    class Reburial {

        @Test
        void aReburialAfterTheNotificationMovesToReburied() throws Exception {
            long p = files.person(Side.VN, "Trần Văn Khải");
            long sister = files.sister(Side.VN, p, "Trần Thị Liên");
            files.correct(Side.VN, p, "IDENTIFIED");
            send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(sister)).andExpect(status().isCreated());
            long r = json.readTree(send(liaison(Side.VN), p, "reburials", REBURIAL).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.graveRef").value("Khu B, hàng 3, mộ 12"))
                    .andReturn().getResponse().getContentAsString()).get("id").asLong();
            assertThat(statusOf(Side.VN, p)).isEqualTo("REBURIED");
            assertThat(lastAudit("REBURIAL", r).detail()).isEqualTo("person " + p + ", reburial " + r
                    + ": Nghĩa trang liệt sĩ Trường Sơn on 2026-04-27, grave Khu B, hàng 3, mộ 12");
            assertThat(lastStatusChange(p).detail()).startsWith("status FAMILY_NOTIFIED -> REBURIED: reburial " + r);
        }

        @Test
        void theRemainsIdentifiedAsThePersonFollowItToReburied() throws Exception {
            long p = files.person(Side.VN, "Trần Văn Hài");
            long sister = files.sister(Side.VN, p, "Trần Thị Cốt");
            files.correct(Side.VN, p, "IDENTIFIED");
            jdbc.update("INSERT INTO site (ref, kind, name, lat, lon, version) VALUES ('C-S-1', 'GRAVE', 'Đồi 3', 16.7, 106.9, 0)");
            jdbc.update("INSERT INTO remains (ref, site_id, sex_estimate, condition, status, identified_person_id, version)"
                    + " SELECT 'C-R-1', id, 'M', 'POOR', 'IDENTIFIED', ?, 0 FROM site WHERE ref = 'C-S-1'", p);
            send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(sister)).andExpect(status().isCreated());
            send(liaison(Side.VN), p, "reburials", REBURIAL).andExpect(status().isCreated());
            long r = jdbc.queryForObject("SELECT id FROM remains WHERE ref = 'C-R-1'", Long.class);
            assertThat(jdbc.queryForObject("SELECT status FROM remains WHERE id = ?", String.class, r)).isEqualTo("REBURIED");
            assertThat(lastAudit("REMAINS", r).detail()).startsWith("status IDENTIFIED -> REBURIED: reburial ");
        }

        @Test
        void aReburialBeforeTheNotificationIsRefused() throws Exception {
            long p = files.person(Side.VN, "Trần Văn Lực");
            files.correct(Side.VN, p, "IDENTIFIED");
            send(liaison(Side.VN), p, "reburials", REBURIAL).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("person " + p + " is IDENTIFIED: REBURIED follows FAMILY_NOTIFIED"));
            assertThat(statusOf(Side.VN, p)).isEqualTo("IDENTIFIED");
        }

        @Test
        void aReburialDatedBeforeTheNotificationIsRefused() throws Exception {
            long p = files.person(Side.VN, "Trần Văn Minh");
            long sister = files.sister(Side.VN, p, "Trần Thị Nga");
            files.correct(Side.VN, p, "IDENTIFIED");
            send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(sister)).andExpect(status().isCreated());
            send(liaison(Side.VN), p, "reburials", REBURIAL.replace("2026-04-27", "2026-01-05"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value(
                            "reburiedOn must not be before the family was notified (2026-03-02): 2026-01-05"));
            assertThat(statusOf(Side.VN, p)).isEqualTo("FAMILY_NOTIFIED");
        }
    }

    @Nested
    class Repatriation {

        @Test
        void aUsPersonNotifiedIsRepatriated() throws Exception {
            long p = files.person(Side.US, "John A. Carter");
            long sister = files.sister(Side.US, p, "Mary Carter");
            files.correct(Side.US, p, "IDENTIFIED");
            send(liaison(Side.US), p, "notifications", NOTIFICATION.formatted(sister).replace("IN_PERSON", "PHONE"))
                    .andExpect(status().isCreated());
            long r = json.readTree(send(liaison(Side.US), p, "repatriations", REPATRIATION).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString()).get("id").asLong();
            assertThat(statusOf(Side.US, p)).isEqualTo("REPATRIATED");
            assertThat(lastAudit("REPATRIATION", r).detail()).isEqualTo("person " + p + ", repatriation " + r
                    + ": Da Nang International Airport on 2026-04-10, received by DPAA");
        }

        @Test
        void aVietnamesePersonIsNotRepatriated() throws Exception {
            long p = files.person(Side.VN, "Trần Văn Oanh");
            long sister = files.sister(Side.VN, p, "Trần Thị Phúc");
            files.correct(Side.VN, p, "IDENTIFIED");
            send(liaison(Side.VN), p, "notifications", NOTIFICATION.formatted(sister)).andExpect(status().isCreated());
            send(liaison(Side.VN), p, "repatriations", REPATRIATION).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("person " + p + " is of side VN: REPATRIATED is for the US side only"));
        }
    }
}
