package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.fieldVn;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.socialUs;
import static org.homecoming.server.TestUsers.socialVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.homecoming.server.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The disability-assistance API on each database ({@link AssistanceOnH2Tests}, {@link AssistanceOnPostgresTests}):
 * registration, Short Set assessments and their history, consent and the other side, referrals, audit, and the
 * statistics of a small population worked out by hand (in {@link #statisticsCountOnlyConsentingPeopleAndHideSmallCells}).
 */
abstract class AssistanceContract extends ApiContract {

    private static final AtomicInteger N = new AtomicInteger();
    private static final String NONE = "{\"seeing\":1,\"hearing\":1,\"walking\":1,\"remembering\":1,\"selfCare\":1,\"communicating\":1}";

    long person(String name, String sex, String birth, String province, boolean share, boolean statistics) throws Exception {
        String body = send("/api/v1/assistance/persons", socialVn(), "{\"fullName\":\"" + name + "\",\"sex\":\"" + sex
                + "\",\"birthDate\":\"" + birth + "\",\"province\":\"" + province + "\",\"consentDate\":\"2020-01-01\","
                + "\"consent\":{\"register\":true,\"share\":" + share + ",\"statistics\":" + statistics + "}}", 201);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String assess(long id, String date, String answers) throws Exception {
        return send("/api/v1/assistance/persons/" + id + "/assessments", socialVn(),
                "{\"date\":\"" + date + "\",\"answers\":" + answers + "}", 201);
    }

    static String answers(int seeing, int hearing, int walking, int remembering, int selfCare, int communicating) {
        return "{\"seeing\":" + seeing + ",\"hearing\":" + hearing + ",\"walking\":" + walking + ",\"remembering\":"
                + remembering + ",\"selfCare\":" + selfCare + ",\"communicating\":" + communicating + "}";
    }

    @Test
    void registeringStoresNfcKeepsBothProvincesAndNeedsConsentToRegister() throws Exception {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 La\u0300nh";
        String body = send("/api/v1/assistance/persons", socialVn(), "{\"fullName\":\"" + decomposed + "\",\"sex\":\"F\","
                + "\"birthDate\":\"1968-05\",\"province\":\"Quảng Nam\",\"consent\":{\"register\":true,\"share\":false,"
                + "\"statistics\":true}}", 201);
        assertThat((String) JsonPath.read(body, "$.fullName")).isEqualTo("Nguyễn Thị Lành");
        assertThat((String) JsonPath.read(body, "$.provinceBefore")).isEqualTo("Tỉnh Quảng Nam");
        assertThat((String) JsonPath.read(body, "$.province")).isEqualTo("Thành phố Đà Nẵng");
        assertThat((String) JsonPath.read(body, "$.ref")).matches("DA-\\d{6}");

        send("/api/v1/assistance/persons", socialVn(), "{\"fullName\":\"Lê Văn B\",\"sex\":\"M\",\"province\":\"Huế\","
                + "\"consent\":{\"register\":false,\"share\":false,\"statistics\":true}}", 400);
        String wrong = send("/api/v1/assistance/persons", socialVn(), "{\"fullName\":\"Lê Văn B\",\"sex\":\"M\","
                + "\"province\":\"Atlantis\",\"consent\":{\"register\":true}}", 400);
        assertThat(wrong).contains("province").contains("Atlantis");
        String merged = send("/api/v1/assistance/persons", socialVn(), "{\"fullName\":\"Lê Văn C\",\"sex\":\"M\","
                + "\"province\":\"Quảng Trị\",\"provinceBefore\":\"Kon Tum\",\"consent\":{\"register\":true}}", 400);
        assertThat(merged).contains("provinceBefore").contains("did not merge into Quảng Trị");
    }

    @Test
    void searchIgnoresDiacriticsCaseAndNameOrder() throws Exception {
        String tag = "Tìm" + N.incrementAndGet() + "x";
        long id = person("Trần Thị " + tag, "F", "1970", "Quảng Trị", false, true);
        for (String q : List.of("tran thi " + tag, tag.toUpperCase() + " TRẦN", "tim" + N.get() + "x tr")) {
            mvc.perform(get("/api/v1/assistance/persons").param("q", q).with(socialVn()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == " + id + ")]").exists());
        }
        mvc.perform(get("/api/v1/assistance/persons").param("q", "Nguyễn " + tag).with(socialVn()))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theIdentifierIsComputedAndTheHistoryKept() throws Exception {
        long id = person("Phạm Văn Hùng", "M", "1955", "Quảng Trị", false, true);
        String first = assess(id, "2023-04-02", answers(2, 2, 3, 1, 2, 1));
        assertThat((Boolean) JsonPath.read(first, "$.disability")).isTrue();
        assertThat((List<String>) JsonPath.read(first, "$.disabilityDomains")).containsExactly("walking");
        String later = assess(id, "2025-09-10", answers(2, 2, 2, 1, 1, 1));
        assertThat((Boolean) JsonPath.read(later, "$.disability")).isFalse();
        // Entered out of order, read back in date order.
        assess(id, "2024-06-01", answers(2, 2, 3, 1, 1, 1));
        mvc.perform(get("/api/v1/assistance/persons/" + id).with(socialVn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments.length()").value(3))
                .andExpect(jsonPath("$.assessments[0].assessedOn").value("2023-04-02"))
                .andExpect(jsonPath("$.assessments[1].assessedOn").value("2024-06-01"))
                .andExpect(jsonPath("$.assessments[2].assessedOn").value("2025-09-10"))
                .andExpect(jsonPath("$.assessments[2].disability").value(false))
                .andExpect(jsonPath("$.assessments[0].disability").value(true))
                .andExpect(jsonPath("$.assessments[0].answers.walking").value(3));
    }

    @Test
    void aMissingOrOutOfRangeAnswerNamesItsDomain() throws Exception {
        long id = person("Võ Thị Mai", "F", "1980", "Quảng Trị", false, true);
        String missing = send("/api/v1/assistance/persons/" + id + "/assessments", socialVn(), "{\"date\":\"2025-01-01\","
                + "\"answers\":{\"seeing\":1,\"hearing\":1,\"walking\":1,\"remembering\":1,\"communicating\":1}}", 400);
        assertThat(missing).contains("selfCare");
        String high = send("/api/v1/assistance/persons/" + id + "/assessments", socialVn(), "{\"date\":\"2025-01-01\","
                + "\"answers\":" + answers(1, 5, 1, 1, 1, 1) + "}", 400);
        assertThat(high).contains("hearing").contains("1 to 4");
        String zero = send("/api/v1/assistance/persons/" + id + "/assessments", socialVn(), "{\"date\":\"2025-01-01\","
                + "\"answers\":" + answers(1, 1, 1, 0, 1, 1) + "}", 400);
        assertThat(zero).contains("remembering");
        String text = send("/api/v1/assistance/persons/" + id + "/assessments", socialVn(), "{\"date\":\"2025-01-01\","
                + "\"answers\":{\"seeing\":1,\"hearing\":1,\"walking\":\"a lot\",\"remembering\":1,\"selfCare\":1,"
                + "\"communicating\":1}}", 400);
        assertThat(text).contains("walking");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ast_assessment WHERE person_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void onlySocialWorkersSeePeopleAndEveryViewIsAudited() throws Exception {
        long id = person("Hoàng Văn Nam", "M", "1961", "Quảng Trị", false, true);
        for (RequestPostProcessor other : List.of(viewerVn(), labVn(), fieldVn())) {
            mvc.perform(get("/api/v1/assistance/persons/" + id).with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/assistance/persons").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/assistance/statistics").with(other)).andExpect(status().isOk());
        }
        long before = audits(id);
        mvc.perform(get("/api/v1/assistance/persons/" + id).with(socialVn())).andExpect(status().isOk());
        assertThat(audits(id)).isEqualTo(before + 1);
        Map<String, Object> line = jdbc.sql("SELECT username, action FROM audit_log WHERE entity_type = 'ASSISTED_PERSON'"
                + " AND entity_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").param(String.valueOf(id)).query().singleRow();
        assertThat(line).containsEntry("username", "social-vn").containsEntry("action", "VIEW");
    }

    private long audits(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ASSISTED_PERSON' AND entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void theOtherSideSeesAPersonOnlyWhileConsentToShareStands() throws Exception {
        long kept = person("Đặng Thị Hoa", "F", "1975", "Quảng Trị", false, true);
        long shared = person("Đặng Văn Tư", "M", "1972", "Quảng Trị", true, true);
        mvc.perform(get("/api/v1/assistance/persons/" + kept).with(socialUs())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assistance/persons/" + shared).with(socialUs())).andExpect(status().isOk());
        // The other side reads, it does not write.
        send("/api/v1/assistance/persons/" + shared + "/assessments", socialUs(), "{\"date\":\"2025-01-01\",\"answers\":"
                + NONE + "}", 403);
        send("/api/v1/assistance/persons/" + shared + "/consents", socialVn(), "{\"scope\":\"SHARE\",\"granted\":false,"
                + "\"effectiveOn\":\"2025-03-01\",\"note\":\"asked by phone\"}", 201);
        mvc.perform(get("/api/v1/assistance/persons/" + shared).with(socialUs())).andExpect(status().isNotFound());
        // History kept: the grant and the withdrawal.
        mvc.perform(get("/api/v1/assistance/persons/" + shared).with(socialVn()))
                .andExpect(jsonPath("$.share").value(false))
                .andExpect(jsonPath("$.consentHistory[?(@.scope == 'SHARE')].granted").value(
                        org.hamcrest.Matchers.contains(true, false)));
    }

    @Test
    void aReferralMovesOnlyAlongItsLifecycle() throws Exception {
        long id = person("Lý Văn Sơn", "M", "1990", "Quảng Trị", false, true);
        long provider = provider("Xưởng chỉnh hình " + N.incrementAndGet());
        String r = send("/api/v1/assistance/persons/" + id + "/referrals", socialVn(), "{\"category\":\"REHABILITATION\","
                + "\"item\":\"PROSTHESIS\",\"providerId\":" + provider + ",\"referredOn\":\"2025-02-01\"}", 201);
        long ref = ((Number) JsonPath.read(r, "$.id")).longValue();
        String early = send("/api/v1/assistance/referrals/" + ref + "/status", socialVn(),
                "{\"status\":\"COMPLETED\",\"date\":\"2025-03-01\"}", 409);
        assertThat(early).contains("REFERRED cannot become COMPLETED");
        send("/api/v1/assistance/referrals/" + ref + "/follow-ups", socialVn(),
                "{\"visitedOn\":\"2025-03-01\",\"outcome\":\"IMPROVED\"}", 409);
        send("/api/v1/assistance/referrals/" + ref + "/status", socialVn(), "{\"status\":\"RECEIVED\",\"date\":\"2025-01-15\"}",
                400);
        send("/api/v1/assistance/referrals/" + ref + "/status", socialVn(), "{\"status\":\"RECEIVED\",\"date\":\"2025-03-01\","
                + "\"costVnd\":12500000}", 200);
        send("/api/v1/assistance/referrals/" + ref + "/follow-ups", socialVn(),
                "{\"visitedOn\":\"2025-06-01\",\"outcome\":\"NEEDS_REPAIR\",\"note\":\"socket rubs\"}", 201);
        send("/api/v1/assistance/referrals/" + ref + "/status", socialVn(), "{\"status\":\"COMPLETED\",\"date\":\"2025-07-01\"}",
                200);
        send("/api/v1/assistance/referrals/" + ref + "/status", socialVn(), "{\"status\":\"REFUSED\",\"date\":\"2025-08-01\"}",
                409);
        send("/api/v1/assistance/persons/" + id + "/referrals", socialVn(), "{\"category\":\"EDUCATION\",\"item\":\"WHEELCHAIR\","
                + "\"providerId\":" + provider + "}", 400);
        mvc.perform(get("/api/v1/assistance/persons/" + id).with(socialVn()))
                .andExpect(jsonPath("$.referrals[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$.referrals[0].costVnd").value(12500000))
                .andExpect(jsonPath("$.referrals[0].followUps[0].outcome").value("NEEDS_REPAIR"));
    }

    @Test
    void aNeedStaysOpenUntilAReferralOfItsCategoryAnswersIt() throws Exception {
        long id = person("Tạ Văn Nhu", "M", "1970", "Quảng Trị", false, true);
        long provider = provider("Trung tâm nhu cầu " + N.incrementAndGet());
        String body = send("/api/v1/assistance/persons/" + id + "/needs", socialVn(), "{\"category\":\"REHABILITATION\","
                + "\"item\":\"WHEELCHAIR\",\"priority\":\"HIGH\",\"assessedOn\":\"2025-04-01\",\"note\":\"cannot reach the road\"}", 201);
        assertThat((Boolean) JsonPath.read(body, "$.needs[0].referred")).isFalse();
        long need = ((Number) JsonPath.read(body, "$.needs[0].id")).longValue();
        send("/api/v1/assistance/persons/" + id + "/needs", socialVn(), "{\"category\":\"EDUCATION\",\"priority\":\"URGENT\"}",
                400);
        String wrong = send("/api/v1/assistance/persons/" + id + "/referrals", socialVn(), "{\"category\":\"MEDICAL\","
                + "\"providerId\":" + provider + ",\"needId\":" + need + "}", 400);
        assertThat(wrong).contains("needId").contains("REHABILITATION");
        send("/api/v1/assistance/persons/" + id + "/referrals", socialVn(), "{\"category\":\"REHABILITATION\","
                + "\"item\":\"WHEELCHAIR\",\"providerId\":" + provider + ",\"needId\":" + need + "}", 201);
        mvc.perform(get("/api/v1/assistance/persons/" + id).with(socialVn()))
                .andExpect(jsonPath("$.needs[0].referred").value(true));
    }

    long provider(String name) throws Exception {
        String body = send("/api/v1/assistance/providers", socialVn(), "{\"name\":\"" + name
                + "\",\"kind\":\"ORTHOPAEDIC_WORKSHOP\",\"province\":\"Quảng Trị\"}", 201);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void anOrdnanceCauseLinksTheLandReleaseVictimAndKeepsAnUnknownReference() throws Exception {
        String accident = send("/api/v1/accidents", fieldVn(), "{\"lat\":16.75,\"lon\":107.05,\"occurredOn\":\"2019-06-02\","
                + "\"deviceCategory\":\"CLUSTER_MUNITION\",\"activityAtTime\":\"SCRAP_COLLECTING\",\"victims\":[{\"sex\":\"M\","
                + "\"age\":14,\"outcome\":\"INJURED\",\"injury\":\"left hand\"}]}", 201);
        long accidentId = ((Number) JsonPath.read(accident, "$.id")).longValue();
        String victim = jdbc.sql("SELECT person_ref FROM lr_victim WHERE accident_id = ?").param(accidentId)
                .query(String.class).single();
        long id = person("Nguyễn Văn Tâm", "M", "2005", "Quảng Trị", false, true);
        send("/api/v1/assistance/persons/" + id + "/causes", socialVn(), "{\"kind\":\"ORDNANCE_ACCIDENT\",\"victimRef\":\""
                + victim + "\"}", 201);
        send("/api/v1/assistance/persons/" + id + "/causes", socialVn(), "{\"kind\":\"ORDNANCE_ACCIDENT\",\"victimRef\":"
                + "\"QT-1998-117\",\"description\":\"provincial register, not in the system\"}", 201);
        long twin = person("Nguyễn Văn Tâm", "M", "2005", "Quảng Trị", false, true);
        send("/api/v1/assistance/persons/" + twin + "/causes", socialVn(), "{\"kind\":\"ORDNANCE_ACCIDENT\",\"victimRef\":\""
                + victim + "\"}", 409);
        send("/api/v1/assistance/persons/" + twin + "/causes", socialVn(), "{\"kind\":\"DIOXIN_EXPOSURE\","
                + "\"exposurePlace\":\"A Lưới\",\"exposureFrom\":1966,\"exposureTo\":1970,\"generation\":2}", 201);
        mvc.perform(get("/api/v1/assistance/persons/" + id).with(socialVn()))
                .andExpect(jsonPath("$.causes[0].victimRef").value(victim))
                .andExpect(jsonPath("$.causes[0].accidentId").value(accidentId))
                .andExpect(jsonPath("$.causes[1].victimRef").value("QT-1998-117"))
                .andExpect(jsonPath("$.causes[1].accidentId").doesNotExist());
    }

    /**
     * In Tuyên Quang, 2021 (no other test and not the simulator use it): six women aged 31 whose walking is "a lot" or "cannot", five men
     * aged 41 of whom one cannot see, a man who withdrew consent to be counted on 1 June 2021, a woman who never gave
     * it, and a man assessed only in 2020. Reached: women 18-59 6, men 18-59 5 (6 before the withdrawal); walking:
     * women 6; seeing: men 1 (hidden; nothing else to hide beside it); disability: women 6 and men 1 — the 1 is hidden
     * and so, complementarily, is the 6. Five women received rehabilitation in 2021; all five completed, three
     * followed up.
     */
    @Test
    void statisticsCountOnlyConsentingPeopleAndHideSmallCells() throws Exception {
        long provider = provider("Trung tâm PHCN " + N.incrementAndGet());
        for (int i = 0; i < 6; i++) {
            long w = person("Bà Thống Kê " + i, "F", "1990", "Tuyên Quang", false, true);
            assess(w, "2021-03-01", answers(1, 1, 3 + i % 2, 1, 1, 1));
            if (i < 5) {
                String r = send("/api/v1/assistance/persons/" + w + "/referrals", socialVn(), "{\"category\":\"REHABILITATION\","
                        + "\"item\":\"THERAPY\",\"providerId\":" + provider + ",\"referredOn\":\"2021-03-02\"}", 201);
                long ref = ((Number) JsonPath.read(r, "$.id")).longValue();
                send("/api/v1/assistance/referrals/" + ref + "/status", socialVn(), "{\"status\":\"RECEIVED\","
                        + "\"date\":\"2021-04-01\"}", 200);
                send("/api/v1/assistance/referrals/" + ref + "/status", socialVn(), "{\"status\":\"COMPLETED\","
                        + "\"date\":\"2021-06-01\"}", 200);
                if (i < 3) {
                    send("/api/v1/assistance/referrals/" + ref + "/follow-ups", socialVn(),
                            "{\"visitedOn\":\"2021-09-01\",\"outcome\":\"IMPROVED\"}", 201);
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            long m = person("Ông Thống Kê " + i, "M", "1980", "Tuyên Quang", false, true);
            assess(m, "2021-05-01", i == 0 ? answers(4, 1, 1, 1, 1, 1) : NONE);
        }
        long withdrawn = person("Ông Rút Lui", "M", "1980", "Hà Giang", false, true);
        assess(withdrawn, "2021-05-01", NONE);
        send("/api/v1/assistance/persons/" + withdrawn + "/consents", socialVn(), "{\"scope\":\"STATISTICS\","
                + "\"granted\":false,\"effectiveOn\":\"2021-06-01\"}", 201);
        long never = person("Bà Không Đếm", "F", "1990", "Tuyên Quang", false, false);
        assess(never, "2021-05-01", answers(1, 1, 4, 1, 1, 1));
        long lastYear = person("Ông Năm Ngoái", "M", "1980", "Tuyên Quang", false, true);
        assess(lastYear, "2020-05-01", NONE);

        String now = mvc.perform(get("/api/v1/assistance/statistics").param("province", "tuyen quang").param("year", "2021")
                        .with(viewerVn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cell(now, "domain", "reached", "F", "18-59")).isEqualTo(6);
        assertThat(cell(now, "domain", "reached", "M", "18-59")).isEqualTo(5);
        assertThat(cell(now, "domain", "walking", "F", "18-59")).isEqualTo(6);
        assertThat(cell(now, "domain", "walking", "M", "18-59")).isEqualTo(0);
        assertThat(cell(now, "domain", "seeing", "M", "18-59")).isNull();
        assertThat(cell(now, "domain", "disability", "M", "18-59")).isNull();
        assertThat(cell(now, "domain", "disability", "F", "18-59")).isNull();
        assertThat(cell(now, "service", "REHABILITATION", "F", "18-59")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(now, "$.reached")).isEqualTo(11);
        assertThat((Integer) JsonPath.read(now, "$.followUp.completed")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(now, "$.followUp.followedUp")).isEqualTo(3);
        List<Boolean> suppressed = JsonPath.read(now, "$.cells[?(@.domain == 'seeing' && @.sex == 'M' && @.ageGroup == '18-59')]"
                + ".suppressed");
        assertThat(suppressed).containsExactly(true);
        assertThat(now).doesNotContain("Thống Kê");

        String before = mvc.perform(get("/api/v1/assistance/statistics").param("province", "Tuyên Quang").param("year", "2021")
                        .param("asOf", "2021-05-31").with(viewerVn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cell(before, "domain", "reached", "M", "18-59")).isEqualTo(6);
        // A province named as it was before the merger counts its successor.
        String former = mvc.perform(get("/api/v1/assistance/statistics").param("province", "Hà Giang").param("year", "2021")
                        .with(viewerVn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(former, "$.reached")).isEqualTo(11);
        assertThat((String) JsonPath.read(former, "$.province")).isEqualTo("Tuyên Quang");
        // The by-province lines keep to the province asked for.
        assertThat((List<String>) JsonPath.read(former, "$.provinces[*].province")).containsExactly("Tuyên Quang");
        assertThat((List<Integer>) JsonPath.read(former, "$.provinces[*].reached")).containsExactly(11);
    }

    private static Integer cell(String json, String kind, String name, String sex, String age) {
        List<Integer> found = JsonPath.read(json, "$.cells[?(@." + kind + " == '" + name + "' && @.sex == '" + sex
                + "' && @.ageGroup == '" + age + "')].count");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aRelativeInTheRegistryIsLinkedOnceAndNeverCopied() throws Exception {
        String missing = send("/api/v1/persons", officerVn(), "{\"side\":\"VN\",\"fullName\":\"Liệt sĩ Hồ Văn Kiên "
                + N.incrementAndGet() + "\",\"sex\":\"M\",\"birthDate\":\"1950\",\"lossDate\":\"1972-05\","
                + "\"status\":\"MISSING\",\"source\":\"unit register\"}", 201);
        long personId = ((Number) JsonPath.read(missing, "$.id")).longValue();
        String member = send("/api/v1/persons/" + personId + "/family-members", officerVn(), "{\"fullName\":\"Hồ Thị Lụa\","
                + "\"sex\":\"F\",\"birthYear\":1972,\"relationship\":\"DAUGHTER\",\"living\":true,"
                + "\"consentDna\":true,\"consentShare\":false,\"consentDate\":\"2025-01-10\"}", 201);
        long memberId = ((Number) JsonPath.read(member, "$.id")).longValue();
        String body = "{\"fullName\":\"Hồ Thị Lụa\",\"sex\":\"F\",\"birthDate\":\"1972\",\"province\":\"Quảng Trị\","
                + "\"registryMemberId\":" + memberId + ",\"consent\":{\"register\":true}}";
        long id = ((Number) JsonPath.read(send("/api/v1/assistance/persons", socialVn(), body, 201), "$.id")).longValue();
        mvc.perform(get("/api/v1/assistance/persons/" + id).with(socialVn()))
                .andExpect(jsonPath("$.registryLink.memberId").value(memberId))
                .andExpect(jsonPath("$.registryLink.missingPersonId").value(personId))
                .andExpect(jsonPath("$.registryLink.relationship").value("DAUGHTER"));
        String twice = send("/api/v1/assistance/persons", socialVn(), body, 409);
        assertThat(twice).contains("registryMemberId").contains("already the assisted person " + id);
        String unknown = send("/api/v1/assistance/persons", socialVn(), body.replace("\"registryMemberId\":" + memberId, "\"registryMemberId\":999999999"), 404);
        assertThat(unknown).contains("999999999");
    }

    @Test
    void theWorklistHoldsOpenReferralsOfTheProvince() throws Exception {
        long id = person("Mai Văn Lộc", "M", "1966", "Bình Phước", false, true);
        long provider = provider("Bệnh viện " + N.incrementAndGet());
        send("/api/v1/assistance/persons/" + id + "/referrals", socialVn(), "{\"category\":\"MEDICAL\",\"providerId\":"
                + provider + "}", 201);
        mvc.perform(get("/api/v1/assistance/worklist").param("province", "Đồng Nai").with(socialVn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.personId == " + id + ")].category").value(org.hamcrest.Matchers.contains("MEDICAL")));
        mvc.perform(get("/api/v1/assistance/worklist").param("province", "Quảng Trị").with(socialVn()))
                .andExpect(jsonPath("$[?(@.personId == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/assistance/worklist").with(viewerVn())).andExpect(status().isForbidden());
    }
}
