package org.homecoming.server.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.closure.CaseFiles.liaison;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The closure records and the status history with its evidence, stored and read back the same on
 * each database the server supports ({@link ClosureOnH2Tests}, {@link ClosureOnPostgresTests}).
 */
abstract class ClosurePersistenceContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClosureRepository records;

    abstract String expectedDatabase();

    @Test
    void theDatabaseIsTheOneExpected() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void recordsAndTheHistoryTheyMakeReadBack() throws Exception {
        CaseFiles files = new CaseFiles(mvc, json);
        long p = files.person(Side.US, "Walter B. Ostrowski");
        long sister = files.sister(Side.US, p, "Helen Ostrowski");
        files.correct(Side.US, p, "IDENTIFIED");
        send(p, "notifications", """
                {"familyMemberId":%d,"notifiedOn":"2026-02-28","method":"LETTER","notifiedBy":"Casualty Office",
                 "notes":"Letter of 28 February, signed receipt"}""".formatted(sister));
        send(p, "repatriations", """
                {"repatriatedOn":"2026-03-01","ceremonyPlace":"Noi Bai International Airport","receivingAgency":"DPAA"}""");
        ClosureRecords r = records.of(p);
        FamilyNotification n = r.notifications().get(0);
        assertThat(n.familyMemberId()).isEqualTo(sister);
        assertThat(n.notifiedOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(n.method()).isEqualTo(NotificationMethod.LETTER);
        assertThat(n.notes()).isEqualTo("Letter of 28 February, signed receipt");
        assertThat(n.recordedAt()).isAfter(OffsetDateTime.now().minusMinutes(5));
        Repatriation back = r.repatriations().get(0);
        assertThat(back.repatriatedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(back.receivingAgency()).isEqualTo("DPAA");
        JsonNode history = files.details(Side.US, p).get("history");
        assertThat(history).extracting(h -> h.get("status").asText())
                .containsExactly("MISSING", "IDENTIFIED", "FAMILY_NOTIFIED", "REPATRIATED");
        assertThat(history).extracting(h -> h.get("correction").asBoolean()).containsExactly(false, true, false, false);
        assertThat(history.get(3).get("note").asText()).startsWith("repatriation " + back.id() + ": Noi Bai");
    }

    @Test
    void aNotificationKeepsTheRelativesNameWhenTheRelativeIsDeleted() throws Exception {
        CaseFiles files = new CaseFiles(mvc, json);
        long p = files.person(Side.VN, "Ninh Văn Tồn");
        long sister = files.sister(Side.VN, p, "Ninh Thị Còn");
        files.correct(Side.VN, p, "IDENTIFIED");
        send(p, "notifications", """
                {"familyMemberId":%d,"notifiedOn":"2026-02-28","method":"PHONE","notifiedBy":"Sở LĐTBXH"}"""
                .formatted(sister), Side.VN);
        jdbc.update("DELETE FROM family_member WHERE id = ?", sister);
        FamilyNotification n = records.of(p).notifications().get(0);
        assertThat(n.familyMemberId()).isNull();
        assertThat(n.memberName()).isEqualTo("Ninh Thị Còn");
    }

    @Test
    void theDatabaseRefusesAMethodThatIsNotOne() {
        long p = jdbc.queryForObject("SELECT MIN(id) FROM missing_person", Long.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("INSERT INTO family_notification"
                + " (person_id, member_name, relationship, notified_on, method, notified_by, recorded_by, recorded_at)"
                + " VALUES (?, 'x', 'SISTER', DATE '2026-01-01', 'EMAIL', 'x', 'x', CURRENT_TIMESTAMP)", p))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private void send(long person, String what, String body) throws Exception {
        send(person, what, body, Side.US);
    }

    private void send(long person, String what, String body, Side side) throws Exception {
        mvc.perform(post("/api/v1/persons/" + person + "/" + what).with(liaison(side))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }
}
