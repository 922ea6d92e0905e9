package org.homecoming.server.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.liaisonVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.archive.exchange.InstallationKeys;
import org.homecoming.server.archive.exchange.PackageVerifier;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.archive.exchange.TrustedKeys;
import org.homecoming.server.archive.exchange.VerifiedPackage;
import org.homecoming.server.TestUsers;
import org.homecoming.server.cooperation.iati.IatiSchemaCheck;
import org.homecoming.server.cooperation.iati.IatiXmlReader;
import org.homecoming.server.cooperation.iati.IatiXmlWriter;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * IATI through the API: the export is valid IATI 2.03 and carries each linked indicator's actual as counted by its
 * pillar; the other side's file is reconciled and, applied, stored without overwriting this side's own; the same file
 * again changes nothing; the file travels in a signed exchange package that the other side opens.
 */
@HomecomingTest
class IatiExchangeTests {

    private static final RequestPostProcessor LIAISON_US = TestUsers.as("liaison-us", Side.US, Role.LIAISON);

    @Autowired
    MockMvc mvc;
    @Autowired
    InstallationKeys keys;

    private String send(String path, RequestPostProcessor user, MediaType type, byte[] body, int expected) throws Exception {
        return mvc.perform(post(path).with(user).contentType(type).content(body))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .isEqualTo(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String json(String path, String body, int expected) throws Exception {
        return send(path, liaisonVn(), MediaType.APPLICATION_JSON, body.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static String activity(String id, String org, String title, int status) {
        return "{\"identifier\":\"" + id + "\",\"reportingOrg\":{\"ref\":\"" + org + "\",\"name\":\"Org " + org + "\"},"
                + "\"titleVi\":\"Hoạt động " + title + "\",\"titleEn\":\"" + title + "\",\"participants\":[{\"ref\":\"" + org
                + "\",\"name\":\"Org\",\"role\":\"FUNDING\"}],\"status\":\"" + IatiActivityStatus.of(status) + "\","
                + "\"plannedStart\":\"2024-01-01\",\"province\":\"Quảng Trị\",\"sectorCode\":\"15250\",\"area\":\"ORDNANCE\","
                + "\"budgets\":[],\"transactions\":[{\"type\":\"DISBURSEMENT\",\"date\":\"2025-01-31\",\"value\":1250000,"
                + "\"currency\":\"USD\",\"provider\":{\"ref\":\"" + org + "\",\"name\":\"Org\"}}],\"related\":[],"
                + "\"documents\":[],\"results\":[]}";
    }

    @Test
    void theExportIsValidAndCarriesTheComputedActual() throws Exception {
        json("/api/v1/iati/activities", activity("XM-VN-1-EXP-1", "XM-VN-1", "Quang Tri clearance export", 2), 201);
        String indicator = json("/api/v1/indicators", "{\"area\":\"ORDNANCE\",\"nameVi\":\"Ha\",\"nameEn\":\"Hectares\","
                + "\"source\":\"HECTARES_RELEASED\",\"baseline\":0,\"baselineYear\":2024,\"target\":500}", 201);
        long id = ((Number) JsonPath.read(indicator, "$.id")).longValue();
        json("/api/v1/indicators/" + id + "/activity", "{\"identifier\":\"XM-VN-1-EXP-1\"}", 200);
        Object actual = JsonPath.read(mvc.perform(get("/api/v1/indicators/" + id).with(viewerVn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "$.actual");

        byte[] xml = mvc.perform(get("/api/v1/iati/activities.xml").with(viewerVn()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(IatiSchemaCheck.problems(xml)).isEmpty();
        IatiActivity back = IatiXmlReader.read(xml, "export.xml").stream()
                .filter(a -> a.identifier().equals("XM-VN-1-EXP-1")).findFirst().orElseThrow();
        assertThat(back.results()).hasSize(1);
        assertThat(back.results().get(0).indicators().get(0).periods().get(0).actual())
                .isEqualByComparingTo(new java.math.BigDecimal(actual.toString()));
        assertThat(back.transactions().get(0).value()).isEqualByComparingTo("1250000");
    }

    @Test
    void theOtherSidesFileIsReconciledStoredOnceAndNeverOverwritesOurs() throws Exception {
        json("/api/v1/iati/activities", activity("XM-VN-1-OURS-1", "XM-VN-1", "Our own workshop", 2), 201);
        IatiActivity.Organisation dos = new IatiActivity.Organisation("US-GOV-7", "Department of State");
        IatiActivity theirs = new IatiActivity("US-GOV-7-WRA-1", dos, null, "Weapons removal and abatement", null, null,
                List.of(new IatiActivity.Participant("US-GOV-7", "Department of State", OrganisationRole.FUNDING)),
                IatiActivityStatus.IMPLEMENTATION, java.time.LocalDate.of(2023, 1, 1), null, null, null, null, null, "15250",
                null, List.of(), List.of(), List.of(), List.of(), List.of());
        IatiActivity claimsOurs = new IatiActivity("XM-VN-1-OURS-1", dos, null, "Their idea of our workshop", null, null,
                theirs.participants(), IatiActivityStatus.CLOSED, java.time.LocalDate.of(2023, 1, 1), null, null, null, null,
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        byte[] file = IatiXmlWriter.write(List.of(theirs, claimsOurs), OffsetDateTime.now());

        String preview = send("/api/v1/iati/imports?file=dos.xml", liaisonVn(), MediaType.APPLICATION_XML, file, 200);
        assertThat((List<String>) JsonPath.read(preview, "$.report.lines[*].outcome")).containsExactly("NEW", "OURS");
        assertThat((Integer) JsonPath.read(preview, "$.stored")).isZero();
        mvc.perform(get("/api/v1/iati/activities").with(viewerVn())).andExpect(r -> assertThat(
                r.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("US-GOV-7-WRA-1"));

        String applied = send("/api/v1/iati/imports?file=dos.xml&apply=true", liaisonVn(), MediaType.APPLICATION_XML, file, 200);
        assertThat((Integer) JsonPath.read(applied, "$.stored")).isEqualTo(1);
        String stored = mvc.perform(get("/api/v1/iati/activities?area=ORDNANCE").with(viewerVn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(stored).contains("US-GOV-7-WRA-1").contains("Our own workshop").doesNotContain("Their idea");

        String again = send("/api/v1/iati/imports?file=dos.xml&apply=true", liaisonVn(), MediaType.APPLICATION_XML, file, 200);
        assertThat((List<String>) JsonPath.read(again, "$.report.lines[*].outcome")).containsExactly("SAME", "OURS");
        assertThat((Integer) JsonPath.read(again, "$.stored")).isZero();

        String broken = new String(file, StandardCharsets.UTF_8).replace("<activity-status code=\"2\"/>",
                "<activity-status code=\"2\"/><activity-status code=\"3\"/>");
        String refused = send("/api/v1/iati/imports?file=dos.xml", liaisonVn(), MediaType.APPLICATION_XML,
                broken.getBytes(StandardCharsets.UTF_8), 400);
        assertThat(refused).contains("dos.xml:");
        send("/api/v1/iati/imports?file=dos.xml", viewerVn(), MediaType.APPLICATION_XML, file, 403);
    }

    @Test
    void theFileTravelsInASignedPackageAndTheOtherSidesPackageIsOpened() throws Exception {
        json("/api/v1/iati/activities", activity("XM-VN-1-PKG-1", "XM-VN-1", "Packaged activity", 2), 201);
        byte[] zip = mvc.perform(post("/api/v1/iati/packages").with(liaisonVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"consentBasis\":\"memorandum of 31 October 2025\"}"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200)).andReturn().getResponse()
                .getContentAsByteArray();
        // Signed with this installation's key, for the US side, holding a valid IATI file.
        VerifiedPackage sent = new PackageVerifier(TrustedKeys.of(keys.asTrusted())).verify(zip);
        assertThat(sent.manifest().toSide()).isEqualTo("US");
        byte[] inside = sent.file("files/iati/activities.xml").orElseThrow();
        assertThat(IatiSchemaCheck.problems(inside)).isEmpty();
        assertThat(IatiXmlReader.read(inside, "sent.xml")).extracting(IatiActivity::identifier).contains("XM-VN-1-PKG-1");

        // A package the US installation prepared for this side, once its key is trusted here.
        InstallationKeys us = InstallationKeys.generate("us-dpaa-iati");
        send("/api/v1/archive/exchange/trusted", liaisonVn(), MediaType.APPLICATION_JSON, ("{\"installationId\":\"us-dpaa-iati\","
                + "\"publicKeyPem\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(us.publicKeyPem())
                + "}").getBytes(StandardCharsets.UTF_8), 200);
        IatiActivity.Organisation dod = new IatiActivity.Organisation("US-GOV-9", "Department of War");
        byte[] theirs = IatiXmlWriter.write(List.of(new IatiActivity("US-GOV-9-MIA-1", dod, null, "Joint field activity 150",
                null, null, List.of(new IatiActivity.Participant("US-GOV-9", "DPAA", OrganisationRole.IMPLEMENTING)),
                IatiActivityStatus.IMPLEMENTATION, java.time.LocalDate.of(2026, 3, 1), null, null, null, "Quảng Trị", null,
                null, null, List.of(), List.of(), List.of(), List.of(), List.of())), OffsetDateTime.now());
        byte[] pkg = new PackageWriter(us, "US", "VN", "memorandum of 31 October 2025")
                .file("files/iati/activities.xml", theirs).write(java.time.Instant.now());
        String opened = send("/api/v1/iati/packages/import?apply=true", liaisonVn(), MediaType.parseMediaType("application/zip"),
                pkg, 200);
        assertThat((List<String>) JsonPath.read(opened, "$.report.lines[*].outcome")).containsExactly("NEW");
        assertThat((Integer) JsonPath.read(opened, "$.stored")).isEqualTo(1);
        // Received once: the same package again is refused.
        String again = send("/api/v1/iati/packages/import?apply=true", liaisonVn(), MediaType.parseMediaType("application/zip"),
                pkg, 400);
        assertThat(again).contains("imported before");
        // Prepared for this side: the US side cannot open what was sent to it from here without trusting this key.
        send("/api/v1/iati/packages/import", LIAISON_US, MediaType.parseMediaType("application/zip"), zip, 400);
    }
}
