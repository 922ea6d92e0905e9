package org.homecoming.server.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.fieldVn;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.liaisonVn;
import static org.homecoming.server.TestUsers.remediationVn;
import static org.homecoming.server.TestUsers.socialVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.homecoming.server.ApiContract;
import org.junit.jupiter.api.Test;

/**
 * Cooperation on each database ({@link CooperationOnH2Tests}, {@link CooperationOnPostgresTests}): commitments
 * overdue by their date and done only on evidence, meetings and what they decided, and computed indicators that equal
 * their source pillar's own API before and after a change there.
 */
abstract class CooperationContract extends ApiContract {

    private static final AtomicInteger N = new AtomicInteger();

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    String agreement() throws Exception {
        String ref = "MOU-" + expectedDatabase() + "-" + N.incrementAndGet();
        send("/api/v1/agreements", liaisonVn(), "{\"ref\":\"" + ref + "\",\"kind\":\"MEMORANDUM\",\"titleVi\":\"Bản ghi nhớ"
                + " hợp tác khắc phục hậu quả chiến tranh\",\"titleEn\":\"Memorandum on war-legacy cooperation\","
                + "\"signedOn\":\"2025-10-15\"}", 201);
        return ref;
    }

    long commitment(String agreement, String area, LocalDate due) throws Exception {
        String body = send("/api/v1/commitments", liaisonVn(), "{\"agreementRef\":\"" + agreement + "\",\"area\":\"" + area
                + "\",\"textVi\":\"Hoàn thành xử lý đất nhiễm dioxin giai đoạn 2\",\"textEn\":\"Complete phase 2 of the"
                + " dioxin soil treatment\",\"responsibleSide\":\"BOTH\",\"office\":\"Văn phòng 701\",\"dueDate\":\""
                + due + "\"}", 201);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aCommitmentPastItsDueDateIsOverdueUntilDoneOnEvidence() throws Exception {
        String mou = agreement();
        long late = commitment(mou, "DIOXIN", today().minusDays(1));
        long coming = commitment(mou, "DIOXIN", today().plusDays(30));
        String overdue = read("/api/v1/commitments?area=DIOXIN&status=OVERDUE", viewerVn());
        assertThat((List<Integer>) JsonPath.read(overdue, "$[*].id")).contains((int) late).doesNotContain((int) coming);
        assertThat((List<String>) JsonPath.read(overdue, "$[?(@.id == " + late + ")].dueDate"))
                .containsExactly(today().minusDays(1).toString());
        assertThat((List<String>) JsonPath.read(read("/api/v1/commitments?area=DIOXIN", viewerVn()),
                "$[?(@.id == " + coming + ")].status")).containsExactly("PLANNED");
        // Overdue first in the list.
        List<String> order = JsonPath.read(read("/api/v1/commitments?area=DIOXIN", viewerVn()), "$[*].status");
        assertThat(order.indexOf("OVERDUE")).isLessThan(order.indexOf("PLANNED"));

        String refused = send("/api/v1/commitments/" + late + "/status", liaisonVn(), "{\"status\":\"DONE\"}", 409);
        assertThat(refused).contains("evidence");
        send("/api/v1/commitments/" + late + "/status", liaisonVn(), "{\"status\":\"DROPPED\"}", 400);
        String meeting = meeting();
        send("/api/v1/commitments/" + late + "/evidence", liaisonVn(), "{\"kind\":\"MEETING\",\"targetRef\":\"" + meeting
                + "\",\"note\":\"handover minutes signed\"}", 201);
        send("/api/v1/commitments/" + late + "/evidence", liaisonVn(), "{\"kind\":\"ACTIVITY\",\"targetRef\":\"NO-SUCH\"}", 400);
        String done = send("/api/v1/commitments/" + late + "/status", liaisonVn(), "{\"status\":\"DONE\",\"meetingRef\":\""
                + meeting + "\"}", 200);
        assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
        send("/api/v1/commitments/" + late + "/status", liaisonVn(), "{\"status\":\"IN_PROGRESS\"}", 409);
        String full = read("/api/v1/commitments/" + late, viewerVn());
        assertThat((List<String>) JsonPath.read(full, "$.history[*].status")).containsExactly("PLANNED", "DONE");
        assertThat((String) JsonPath.read(full, "$.history[1].meetingRef")).isEqualTo(meeting);
        assertThat((List<String>) JsonPath.read(read("/api/v1/meetings", viewerVn()),
                "$[?(@.ref == '" + meeting + "')].updatedCommitments[*]")).isNotEmpty();
    }

    String meeting() throws Exception {
        String body = send("/api/v1/meetings", liaisonVn(), "{\"kind\":\"JOINT_WORKING_GROUP\",\"heldOn\":\"" + today().minusDays(3)
                + "\",\"place\":\"Hà Nội\",\"titleVi\":\"Họp nhóm công tác chung\",\"titleEn\":\"Joint working group\","
                + "\"delegates\":[{\"name\":\"Nguyễn Văn An\",\"title\":\"Cục trưởng\",\"side\":\"VN\"},{\"name\":\"John Doe\","
                + "\"title\":\"Director\",\"side\":\"US\"}]}", 201);
        return JsonPath.read(body, "$.ref");
    }

    @Test
    void onlyTheLiaisonOfficesRecordAndEveryoneReads() throws Exception {
        String mou = agreement();
        send("/api/v1/commitments", viewerVn(), "{\"agreementRef\":\"" + mou + "\",\"area\":\"US_MIA\",\"textVi\":\"x\","
                + "\"textEn\":\"x\",\"responsibleSide\":\"US\"}", 403);
        send("/api/v1/meetings", labVn(), "{\"kind\":\"WORKSHOP\",\"heldOn\":\"2026-01-01\",\"place\":\"x\",\"titleVi\":\"x\","
                + "\"titleEn\":\"x\"}", 403);
        read("/api/v1/commitments", viewerVn());
        read("/api/v1/indicators", fieldVn());
    }

    long indicator(String source, String area) throws Exception {
        String body = send("/api/v1/indicators", liaisonVn(), "{\"area\":\"" + area + "\",\"nameVi\":\"Chỉ số " + source
                + "\",\"nameEn\":\"Indicator " + source + "\",\"source\":\"" + source + "\",\"baseline\":0,\"baselineYear\":2025,"
                + "\"target\":1000,\"targetYear\":2030}", 201);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private BigDecimal actual(long indicator) throws Exception {
        String body = read("/api/v1/indicators/" + indicator, viewerVn());
        assertThat((String) JsonPath.read(body, "$.source")).isEqualTo("computed");
        Object v = JsonPath.read(body, "$.actual");
        return v == null ? null : new BigDecimal(v.toString());
    }

    @Test
    void remainsRecoveredEqualTheRegistrysOwnCountBeforeAndAfterARecovery() throws Exception {
        long id = indicator("REMAINS_RECOVERED", "VIETNAMESE_REMAINS");
        assertThat(actual(id)).isEqualByComparingTo(remainsTotal());
        String site = send("/api/v1/sites", fieldVn(), "{\"kind\":\"GRAVE\",\"name\":\"Đồi " + N.incrementAndGet()
                + "\",\"province\":\"Quảng Trị\",\"lat\":16.79,\"lon\":107.02}", 201);
        send("/api/v1/remains", fieldVn(), "{\"siteId\":" + JsonPath.read(site, "$.id") + ",\"recoveryDate\":\"2025-03\","
                + "\"sexEstimate\":\"M\",\"condition\":\"POOR\"}", 201);
        BigDecimal after = remainsTotal();
        assertThat(actual(id)).isEqualByComparingTo(after);
    }

    private BigDecimal remainsTotal() throws Exception {
        Object total = JsonPath.read(read("/api/v1/remains?size=1", viewerVn()), "$.total");
        return new BigDecimal(total.toString());
    }

    @Test
    void personsAssistedEqualTheStatisticsReachedAfterRegistrations() throws Exception {
        long id = indicator("PERSONS_ASSISTED", "DISABILITY");
        for (int i = 0; i < 5; i++) {
            send("/api/v1/assistance/persons", socialVn(), "{\"fullName\":\"Người Chỉ Số " + i + "\",\"sex\":\"F\","
                    + "\"province\":\"Quảng Trị\",\"consent\":{\"register\":true,\"statistics\":true}}", 201);
        }
        Object reached = JsonPath.read(read("/api/v1/assistance/statistics", viewerVn()), "$.reached");
        assertThat(actual(id)).isEqualByComparingTo(new BigDecimal(reached.toString()));
        send("/api/v1/assistance/persons", socialVn(), "{\"fullName\":\"Người Chỉ Số 6\",\"sex\":\"M\","
                + "\"province\":\"Quảng Trị\",\"consent\":{\"register\":true,\"statistics\":true}}", 201);
        assertThat(actual(id)).isEqualByComparingTo(new BigDecimal(reached.toString()).add(BigDecimal.ONE));
    }

    @Test
    void soilTreatedEqualsTheCleanupProgressOfEverySiteAfterABatchEnds() throws Exception {
        long id = indicator("SOIL_TREATED_M3", "DIOXIN");
        String site = "COOP_" + expectedDatabase().substring(0, 2).toUpperCase() + N.incrementAndGet();
        send("/api/v1/dioxin/sites", labVn(), "{\"code\":\"" + site + "\",\"name\":\"Phù Cát\",\"zones\":{\"Z\":"
                + "\"INDUSTRIAL_COMMERCIAL\"}}", 201);
        send("/api/v1/dioxin/sites/" + site + "/cleanup/plan", remediationVn(), "{\"phase\":\"P1\",\"startsOn\":\"2024-01-01\","
                + "\"endsOn\":\"2024-12-31\",\"excavateM3\":100,\"treatM3\":100,\"containM3\":0,\"returnHa\":1}", 201);
        BigDecimal before = treatedEverywhere();
        assertThat(actual(id)).isEqualByComparingTo(before);
        send("/api/v1/dioxin/sites/" + site + "/cleanup/treatments", remediationVn(), "{\"ref\":\"" + site + "-T1\","
                + "\"phase\":\"P1\",\"technology\":\"THERMAL_DESORPTION_IN_PILE\",\"volumeM3\":80,\"startedOn\":\"2024-02-01\","
                + "\"endedOn\":\"2024-04-30\"}", 201);
        assertThat(treatedEverywhere()).isEqualByComparingTo(before.add(BigDecimal.valueOf(80)));
        assertThat(actual(id)).isEqualByComparingTo(before.add(BigDecimal.valueOf(80)));
    }

    private BigDecimal treatedEverywhere() throws Exception {
        List<String> sites = jdbc.sql("SELECT code FROM dioxin_site ORDER BY code").query(String.class).list();
        BigDecimal sum = BigDecimal.ZERO;
        for (String s : sites) {
            Object t = JsonPath.read(read("/api/v1/dioxin/sites/" + s + "/cleanup", viewerVn()), "$.progress.total.treatedM3");
            sum = sum.add(new BigDecimal(t.toString()));
        }
        return sum;
    }

    @Test
    void hectaresAndOrdnanceEqualTheLandReleaseSummary() throws Exception {
        long ha = indicator("HECTARES_RELEASED", "ORDNANCE");
        long destroyed = indicator("ORDNANCE_DESTROYED", "ORDNANCE");
        String summary = read("/api/v1/land-release/summary", viewerVn());
        BigDecimal m2 = new BigDecimal(JsonPath.read(summary, "$.cancelledM2").toString())
                .add(new BigDecimal(JsonPath.read(summary, "$.reducedM2").toString()))
                .add(new BigDecimal(JsonPath.read(summary, "$.clearedM2").toString()));
        assertThat(actual(ha)).isEqualByComparingTo(m2.divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP));
        Map<String, Object> devices = JsonPath.read(summary, "$.ordnanceDestroyed");
        long sum = devices.values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
        assertThat(actual(destroyed)).isEqualByComparingTo(BigDecimal.valueOf(sum));
    }

    @Test
    void anActivityIsStoredWholeAndExportedValidIati() throws Exception {
        String id = "XM-VN-2-" + expectedDatabase().toUpperCase() + "-" + N.incrementAndGet();
        send("/api/v1/iati/activities", liaisonVn(), "{\"identifier\":\"" + id + "\",\"reportingOrg\":{\"ref\":\"XM-VN-2\","
                + "\"name\":\"Văn phòng 701\"},\"titleVi\":\"Tập huấn\",\"titleEn\":\"Training\",\"participants\":[{\"ref\":"
                + "\"XM-VN-2\",\"name\":\"Văn phòng 701\",\"role\":\"IMPLEMENTING\"}],\"status\":\"FINALISATION\","
                + "\"plannedStart\":\"2025-02-01\",\"actualEnd\":\"2025-12-20\",\"province\":\"Huế\",\"sectorCode\":\"15220\","
                + "\"area\":\"DEFENCE_COOPERATION\",\"budgets\":[{\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\","
                + "\"value\":125000.75,\"currency\":\"USD\"}],\"transactions\":[{\"type\":\"EXPENDITURE\",\"date\":\"2025-06-30\","
                + "\"value\":99000,\"currency\":\"VND\"}],\"related\":[],\"documents\":[{\"url\":\"https://example.org/r.pdf\","
                + "\"title\":\"Report\",\"category\":\"A07\"}],\"results\":[]}", 201);
        String noParticipant = send("/api/v1/iati/activities", liaisonVn(), "{\"identifier\":\"XM-VN-2-NONE\",\"reportingOrg\":"
                + "{\"ref\":\"XM-VN-2\",\"name\":\"x\"},\"titleEn\":\"x\",\"participants\":[],\"status\":\"PIPELINE\","
                + "\"plannedStart\":\"2025-01-01\",\"budgets\":[],\"transactions\":[],\"related\":[],\"documents\":[],"
                + "\"results\":[]}", 400);
        assertThat(noParticipant).contains("participants");
        send("/api/v1/iati/activities", liaisonVn(), "{\"identifier\":\"BAD\",\"reportingOrg\":{\"ref\":\"XM-VN-2\","
                + "\"name\":\"x\"},\"titleEn\":\"x\",\"participants\":[],\"status\":\"PIPELINE\",\"budgets\":[],"
                + "\"transactions\":[],\"related\":[],\"documents\":[],\"results\":[]}", 400);
        String stored = read("/api/v1/iati/activities?area=DEFENCE_COOPERATION", viewerVn());
        assertThat(stored).contains(id);
        assertThat(new BigDecimal(((List<Object>) JsonPath.read(stored, "$[?(@.identifier == '" + id + "')].budgets[0].value"))
                .get(0).toString())).isEqualByComparingTo("125000.75");
        byte[] xml = mvc.perform(get("/api/v1/iati/activities.xml").with(viewerVn())).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(org.homecoming.server.cooperation.iati.IatiSchemaCheck.problems(xml)).isEmpty();
        assertThat(org.homecoming.server.cooperation.iati.IatiXmlReader.read(xml, "export.xml").stream()
                .filter(a -> a.identifier().equals(id)).findFirst().orElseThrow().transactions().get(0).currency())
                .isEqualTo("VND");
    }

    @Test
    void aManualIndicatorTakesTypedActualsAndAComputedOneRefusesThem() throws Exception {
        String body = send("/api/v1/indicators", liaisonVn(), "{\"area\":\"DEFENCE_COOPERATION\",\"nameVi\":\"Số khóa đào tạo\","
                + "\"nameEn\":\"Training courses held\",\"source\":\"MANUAL\",\"target\":12,\"targetYear\":2027}", 201);
        long manual = ((Number) JsonPath.read(body, "$.id")).longValue();
        send("/api/v1/indicators/" + manual + "/periods", liaisonVn(), "{\"periodStart\":\"2025-01-01\",\"periodEnd\":"
                + "\"2025-12-31\",\"target\":4,\"actual\":3}", 201);
        send("/api/v1/indicators/" + manual + "/periods", liaisonVn(), "{\"periodStart\":\"2026-01-01\",\"periodEnd\":"
                + "\"2026-12-31\",\"target\":4,\"actual\":5}", 201);
        String read = read("/api/v1/indicators/" + manual, viewerVn());
        assertThat((String) JsonPath.read(read, "$.source")).isEqualTo("manual");
        assertThat(new BigDecimal(JsonPath.read(read, "$.actual").toString())).isEqualByComparingTo("5");
        String asOf2025 = read("/api/v1/indicators/" + manual + "?asOf=2025-06-30", viewerVn());
        assertThat(new BigDecimal(JsonPath.read(asOf2025, "$.actual").toString())).isEqualByComparingTo("3");
        long computed = indicator("REMAINS_RECOVERED", "VIETNAMESE_REMAINS");
        String refused = send("/api/v1/indicators/" + computed + "/periods", liaisonVn(), "{\"periodStart\":\"2025-01-01\","
                + "\"periodEnd\":\"2025-12-31\",\"actual\":99}", 400);
        assertThat(refused).contains("computed").contains("never typed");
    }
}
