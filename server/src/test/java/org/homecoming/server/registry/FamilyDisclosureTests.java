package org.homecoming.server.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.labUs;
import static org.homecoming.server.TestUsers.labVn;
import static org.homecoming.server.TestUsers.officerUs;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.TestUsers;
import org.homecoming.server.archive.exchange.Zips;
import org.homecoming.server.audit.AuditEntry;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A US missing person shared with the Vietnamese side on his nephew's consent, with a family of
 * four: the father (dead, no consent), a brother who consented to share his record, his contact
 * details and his DNA, a living sister who did not consent, and the nephew, who consented to share
 * his record but neither his telephone number nor (after withdrawing it) his DNA. What a user of
 * the Vietnamese side sees is asserted field by field on every path: the person page, the person
 * and family API, the pedigree SVG, genetic profiles, the exchange package's JSON and PFIF.
 */
@HomecomingTest
class FamilyDisclosureTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    @Autowired
    GeneticsRepository genetics;

    static RequestPostProcessor liaisonUs() {
        return TestUsers.as("liaison-us", Side.US, Role.LIAISON);
    }

    String tag;
    long person;
    JsonNode father;
    JsonNode brother;
    JsonNode sister;
    JsonNode nephew;
    String sisterName;
    String brotherName;
    String nephewName;
    long brotherSample;
    long nephewSample;
    long sisterSample;

    static final String SISTER_PHONE = "+1 555 0202";
    static final String BROTHER_PHONE = "+1 555 0303";
    static final String NEPHEW_PHONE = "+1 555 0101";

    @BeforeEach
    void family() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 6);
        sisterName = "Mary Walker " + tag;
        brotherName = "Robert Doe " + tag;
        nephewName = "Peter Doe " + tag;
        person = read(mvc.perform(post("/api/v1/persons").with(officerUs()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"side":"US","fullName":"DOE, JOHN %s","sex":"M","birthDate":"1946","lossDate":"1968-02",
                         "status":"MISSING","source":"DPAA case file"}""".formatted(tag))
                .with(officerUs())).andExpect(status().isCreated())).get("id").asLong();
        father = member("Albert Doe " + tag, "M", "FATHER", null, false, null, false);
        brother = member(brotherName, "M", "BROTHER", father.get("ref").asText(), true, BROTHER_PHONE, true);
        sister = member(sisterName, "F", "SISTER", father.get("ref").asText(), false, SISTER_PHONE, true);
        nephew = member(nephewName, "M", "NEPHEW", brother.get("ref").asText(), true, NEPHEW_PHONE, true);
        consent(brother, "CONTACT", true, officerUs()).andExpect(status().isCreated());
        consent(nephew, "GENETIC", false, officerUs()).andExpect(status().isCreated());
        brotherSample = sample(brother);
        nephewSample = sample(nephew);
        sisterSample = sample(sister);
        mvc.perform(post("/api/v1/sharing").with(liaisonUs()).contentType(MediaType.APPLICATION_JSON).content("""
                {"recordType":"PERSON","recordId":%d,"consentMember":%d,"consentBasis":"nephew's form 2024-05-02"}"""
                .formatted(person, nephew.get("id").asLong()))).andExpect(status().isCreated());
    }

    JsonNode member(String name, String sex, String relationship, String father, boolean consents, String contact,
            boolean living) throws Exception {
        String body = """
                {"fullName":"%s","sex":"%s","birthYear":1950,"relationship":"%s","fatherRef":%s,"living":%s,
                 "contact":%s,"consentDna":%s,"consentShare":%s,"consentDate":"2024-05-02"}"""
                .formatted(name, sex, relationship, father == null ? "null" : "\"" + father + "\"", living,
                        contact == null ? "null" : "\"" + contact + "\"", consents, consents);
        return read(mvc.perform(post("/api/v1/persons/{id}/family-members", person).with(officerUs())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    org.springframework.test.web.servlet.ResultActions consent(JsonNode member, String scope, boolean granted,
            RequestPostProcessor user) throws Exception {
        return mvc.perform(post("/api/v1/family-members/{id}/consents", member.get("id").asLong()).with(user)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"scope":"%s","granted":%s,"effectiveOn":"%s","basis":"form F-%s"}"""
                        .formatted(scope, granted, LocalDate.now(), tag)));
    }

    long sample(JsonNode member) {
        long id = genetics.insertSample(new Sample(0, "S-" + member.get("ref").asText(), "FAMILY_MEMBER", null,
                member.get("id").asLong(), "GlobalFiler", false));
        genetics.addCall(id, new GeneticProfile.StrCall("D3S1358", "15", "17", "GOOD"));
        return id;
    }

    JsonNode read(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(UTF_8));
    }

    static JsonNode byRef(JsonNode array, JsonNode member) {
        for (JsonNode n : array) {
            if (n.get("ref").asText().equals(member.get("ref").asText())) {
                return n;
            }
        }
        throw new AssertionError("no relative " + member.get("ref") + " in " + array);
    }

    String page(RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/persons/{id}", person).param("lang", "en").with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(UTF_8);
    }

    String pedigree(RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/persons/{id}/pedigree.svg", person).param("lang", "en").with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
    }

    JsonNode packageRecords(String kind) throws Exception {
        byte[] zip = mvc.perform(post("/api/v1/archive/exchange/export").with(liaisonUs())
                .contentType(MediaType.APPLICATION_JSON).content("{\"consentBasis\":\"Agreement VN-US 2024-05\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return json.readTree(Zips.read(zip).get("records/" + kind + ".json"));
    }

    List<JsonNode> ofThisFamily(JsonNode records, String refField, List<JsonNode> members) {
        List<JsonNode> out = new ArrayList<>();
        List<String> refs = members.stream().map(m -> m.get("ref").asText()).toList();
        records.forEach(r -> {
            if (refs.contains(r.get(refField).asText())) {
                out.add(r);
            }
        });
        return out;
    }

    @Nested
    class ThePersonPage {

        @Test
        void showsConsentingRelativesAndOnlyTheContactDetailsConsentedTo() throws Exception {
            String html = page(viewerVn());
            assertThat(html).contains(nephewName, brotherName, BROTHER_PHONE, "relative (no consent)");
            assertThat(html).doesNotContain(sisterName, SISTER_PHONE, NEPHEW_PHONE, "Albert Doe " + tag);
        }

        @Test
        void theOwnSideSeesTheWholeFamily() throws Exception {
            assertThat(page(officerUs())).contains(nephewName, brotherName, sisterName, "Albert Doe " + tag,
                    SISTER_PHONE, NEPHEW_PHONE, BROTHER_PHONE).doesNotContain("relative (no consent)");
        }

        @Test
        void thePedigreeDrawsEveryoneButNamesOnlyTheConsenting() throws Exception {
            String svg = pedigree(viewerVn());
            assertThat(svg).contains(nephewName, brotherName, "relative (no consent) (Sister)",
                    "relative (no consent) (Father)").doesNotContain(sisterName, "Albert Doe", SISTER_PHONE);
            assertThat(svg.split("<g class=\"node").length - 1).isEqualTo(5);
            assertThat(svg.split("<g class=\"node withheld\"").length - 1).isEqualTo(2);
            assertThat(page(viewerVn())).contains("<g class=\"node withheld\"");
        }

        @Test
        void theTimelineHoldsNothingOfTheFamily() throws Exception {
            JsonNode d = read(mvc.perform(get("/api/v1/persons/{id}", person).with(viewerVn())).andExpect(status().isOk()));
            assertThat(d.get("timeline").toString()).doesNotContain(sisterName, nephewName, NEPHEW_PHONE);
        }

        @Test
        void everyCrossSideViewIsAudited() throws Exception {
            page(viewerVn());
            pedigree(viewerVn());
            List<AuditEntry> seen = audit.recent(FamilyDisclosure.AUDIT_ENTITY, String.valueOf(person), 0, 20);
            assertThat(seen).filteredOn(e -> e.username().equals("viewer-vn")).extracting(AuditEntry::detail)
                    .anySatisfy(d -> assertThat(d).startsWith("person page by VN viewer-vn")
                            .contains("withheld [" + father.get("ref").asText() + ", " + sister.get("ref").asText() + "]")
                            .contains("contact [" + brother.get("ref").asText() + "]"))
                    .anySatisfy(d -> assertThat(d).startsWith("pedigree by VN viewer-vn"));
            assertThat(audit.recent("PERSON", String.valueOf(person), 0, 20)).extracting(AuditEntry::action)
                    .contains("SHARE");
        }
    }

    @Nested
    class TheApi {

        @Test
        void personJsonCarriesEachRelativeByTheirOwnConsent() throws Exception {
            JsonNode d = read(mvc.perform(get("/api/v1/persons/{id}", person).with(viewerVn())).andExpect(status().isOk()));
            JsonNode family = d.get("family");
            JsonNode s = byRef(family, sister);
            assertThat(s.get("withheld").asBoolean()).isTrue();
            assertThat(s.get("relationship").asText()).isEqualTo("SISTER");
            assertThat(s.get("sex").asText()).isEqualTo("F");
            for (String field : List.of("fullName", "birthYear", "living", "contact", "consentDate", "consents", "version")) {
                assertThat(s.get(field).isNull()).as("sister's " + field).isTrue();
            }
            JsonNode n = byRef(family, nephew);
            assertThat(n.get("withheld").asBoolean()).isFalse();
            assertThat(n.get("fullName").asText()).isEqualTo(nephewName);
            assertThat(n.get("birthYear").asInt()).isEqualTo(1950);
            assertThat(n.get("contact").isNull()).isTrue();
            assertThat(n.get("geneticVisible").asBoolean()).isFalse();
            JsonNode b = byRef(family, brother);
            assertThat(b.get("contact").asText()).isEqualTo(BROTHER_PHONE);
            assertThat(d.toString()).doesNotContain(sisterName, SISTER_PHONE, NEPHEW_PHONE);
        }

        @Test
        void familyAndMemberEndpointsAnswerTheSame() throws Exception {
            JsonNode family = read(mvc.perform(get("/api/v1/persons/{id}/family", person).with(viewerVn())));
            assertThat(byRef(family, sister).get("withheld").asBoolean()).isTrue();
            assertThat(family.toString()).doesNotContain(sisterName, NEPHEW_PHONE, SISTER_PHONE);
            mvc.perform(get("/api/v1/family-members/{id}", sister.get("id").asLong()).with(viewerVn()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.withheld").value(true))
                    .andExpect(jsonPath("$.fullName").doesNotExist()).andExpect(jsonPath("$.contact").doesNotExist());
            mvc.perform(get("/api/v1/family-members/{id}", nephew.get("id").asLong()).with(viewerVn()))
                    .andExpect(jsonPath("$.fullName").value(nephewName)).andExpect(jsonPath("$.contact").doesNotExist());
            mvc.perform(get("/api/v1/family-members/{id}", sister.get("id").asLong()).with(officerUs()))
                    .andExpect(jsonPath("$.fullName").value(sisterName)).andExpect(jsonPath("$.contact").value(SISTER_PHONE));
        }

        @Test
        void geneticDataCrossesOnlyWithGeneticConsent() throws Exception {
            mvc.perform(get("/api/v1/samples/{id}/profile", brotherSample).with(labVn())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.calls[0].allele2").value("17"));
            mvc.perform(get("/api/v1/samples/{id}/profile", nephewSample).with(labVn())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/samples/{id}/profile", sisterSample).with(labVn())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/samples/{id}/profile", sisterSample).with(labUs())).andExpect(status().isOk());
            mvc.perform(get("/api/v1/samples/{id}/profile", brotherSample).with(viewerVn()))
                    .andExpect(status().isForbidden());
        }

        @Test
        void theCustodyOfAWithheldRelativesSampleIsNotShown() throws Exception {
            mvc.perform(get("/api/v1/samples/{id}/custody", sisterSample).with(viewerVn())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/samples/{id}/custody", brotherSample).with(viewerVn())).andExpect(status().isOk());
            mvc.perform(get("/api/v1/samples/{id}/custody", sisterSample).with(officerUs())).andExpect(status().isOk());
        }

        @Test
        void aLabAnalystOfTheOtherSideSeesTheConsentedReferenceShaded() throws Exception {
            String svg = pedigree(labVn());
            assertThat(svg.split("fill=\"#7fb3d5\"").length - 1).isEqualTo(1);
            assertThat(pedigree(labUs()).split("fill=\"#7fb3d5\"").length - 1).isEqualTo(3);
        }
    }

    @Nested
    class TheExchangePackage {

        @Test
        void carriesConsentingRelativesPlaceholdersAndOnlyConsentedContactAndDna() throws Exception {
            List<JsonNode> family = ofThisFamily(packageRecords("family"), "ref", List.of(father, brother, sister, nephew));
            assertThat(family).hasSize(4);
            JsonNode s = family.stream().filter(f -> f.get("relationship").asText().equals("SISTER")).findFirst().orElseThrow();
            assertThat(s.get("withheld").asBoolean()).isTrue();
            assertThat(s.get("fullName").isNull()).isTrue();
            assertThat(s.get("birthYear").isNull()).isTrue();
            assertThat(s.get("contact").isNull()).isTrue();
            assertThat(s.get("consentDate").isNull()).isTrue();
            assertThat(s.get("fatherRef").asText()).isEqualTo(father.get("ref").asText());
            JsonNode n = family.stream().filter(f -> f.get("relationship").asText().equals("NEPHEW")).findFirst().orElseThrow();
            assertThat(n.get("fullName").asText()).isEqualTo(nephewName);
            assertThat(n.get("contact").isNull()).isTrue();
            assertThat(n.get("consentDna").asBoolean()).isFalse();
            JsonNode b = family.stream().filter(f -> f.get("relationship").asText().equals("BROTHER")).findFirst().orElseThrow();
            assertThat(b.get("contact").asText()).isEqualTo(BROTHER_PHONE);
            assertThat(b.get("consentDna").asBoolean()).isTrue();
            assertThat(family.toString()).doesNotContain(sisterName, SISTER_PHONE, NEPHEW_PHONE, "Albert Doe");
            List<JsonNode> profiles = ofThisFamily(packageRecords("profiles"), "memberRef", List.of(brother, sister, nephew));
            assertThat(profiles).extracting(p -> p.get("memberRef").asText()).containsExactly(brother.get("ref").asText());
        }

        @Test
        void pfifCarriesThePersonAndNothingOfTheFamily() throws Exception {
            String xml = mvc.perform(get("/api/v1/archive/exchange/pfif").with(officerVn())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(UTF_8);
            assertThat(xml).contains("DOE, JOHN " + tag);
            assertThat(xml).doesNotContain(sisterName, nephewName, brotherName, SISTER_PHONE, NEPHEW_PHONE, BROTHER_PHONE);
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void afterTheBrotherWithdrawsNothingOfHisCrossesAndHisHistoryStays() throws Exception {
            consent(brother, "RECORD", false, officerUs()).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.granted").value(false)).andExpect(jsonPath("$.recordedBy").value("officer-us"));
            assertThat(page(viewerVn())).doesNotContain(brotherName, BROTHER_PHONE).contains(nephewName);
            assertThat(pedigree(viewerVn())).doesNotContain(brotherName);
            JsonNode b = byRef(read(mvc.perform(get("/api/v1/persons/{id}/family", person).with(viewerVn()))), brother);
            assertThat(b.get("withheld").asBoolean()).isTrue();
            assertThat(b.get("contact").isNull()).isTrue();
            mvc.perform(get("/api/v1/samples/{id}/profile", brotherSample).with(labVn())).andExpect(status().isNotFound());
            List<JsonNode> family = ofThisFamily(packageRecords("family"), "ref", List.of(brother));
            assertThat(family.get(0).get("withheld").asBoolean()).isTrue();
            assertThat(family.toString()).doesNotContain(brotherName, BROTHER_PHONE);
            assertThat(ofThisFamily(packageRecords("profiles"), "memberRef", List.of(brother))).isEmpty();
            JsonNode history = read(mvc.perform(get("/api/v1/family-members/{id}/consents", brother.get("id").asLong())
                    .with(officerUs())).andExpect(status().isOk()));
            assertThat(history.findValuesAsText("scope")).containsExactly("RECORD", "GENETIC", "CONTACT", "RECORD");
            assertThat(history.findValues("granted")).extracting(JsonNode::asBoolean).containsExactly(true, true, true, false);
            assertThat(audit.recent(ConsentService.AUDIT_ENTITY, brother.get("id").asText(), 0, 5))
                    .extracting(AuditEntry::detail).anySatisfy(d -> assertThat(d).startsWith("withdrawn RECORD from"));
        }

        @Test
        void aWithdrawalDatedLaterStopsCrossingsOnlyFromThatDate() throws Exception {
            mvc.perform(post("/api/v1/family-members/{id}/consents", brother.get("id").asLong()).with(officerUs())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"scope":"CONTACT","granted":false,"effectiveOn":"%s","basis":"letter: from next month"}"""
                            .formatted(LocalDate.now().plusDays(30)))).andExpect(status().isCreated());
            assertThat(page(viewerVn())).contains(BROTHER_PHONE);
        }

        @Test
        void whenTheNephewWithdrawsTheSharingThatRestsOnHisConsentLapses() throws Exception {
            consent(nephew, "RECORD", false, officerUs()).andExpect(status().isCreated());
            mvc.perform(get("/api/v1/persons/{id}", person).with(viewerVn())).andExpect(status().isNotFound());
            mvc.perform(get("/persons/{id}/pedigree.svg", person).with(viewerVn())).andExpect(status().isNotFound());
            assertThat(ofThisFamily(packageRecords("family"), "ref", List.of(nephew, brother))).isEmpty();
        }
    }

    @Nested
    class RecordingConsent {

        void refused(String body, String message) throws Exception {
            mvc.perform(post("/api/v1/family-members/{id}/consents", sister.get("id").asLong()).with(officerUs())
                    .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(message));
        }

        @Test
        void badEntriesAreRefusedNamingTheField() throws Exception {
            refused("{\"scope\":\"DNA\",\"granted\":true,\"effectiveOn\":\"2024-05-02\",\"basis\":\"form\"}",
                    "scope must be RECORD, CONTACT or GENETIC: DNA");
            refused("{\"scope\":\"RECORD\",\"effectiveOn\":\"2024-05-02\",\"basis\":\"form\"}",
                    "granted must be true (consent) or false (withdrawal): null");
            refused("{\"scope\":\"RECORD\",\"granted\":true,\"basis\":\"form\"}",
                    "effectiveOn must be the date the consent or withdrawal counts from: null");
            refused("{\"scope\":\"RECORD\",\"granted\":true,\"effectiveOn\":\"2024-05-02\",\"basis\":\" \"}",
                    "basis must say what records the consent (form, letter, call):  ");
            String later = LocalDate.now().plusDays(3).toString();
            refused("{\"scope\":\"RECORD\",\"granted\":true,\"effectiveOn\":\"" + later + "\",\"basis\":\"form\"}",
                    "effectiveOn of a consent cannot be in the future: " + later);
        }

        @Test
        void onlyTheMembersOwnSideRecordsConsentAndOnlyOfficersAndLiaisons() throws Exception {
            long id = sister.get("id").asLong();
            consent(sister, "RECORD", true, officerVn()).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").value("family member not found: " + id));
            consent(sister, "RECORD", true, TestUsers.viewerUs()).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/family-members/{id}/consents", id).with(officerVn())).andExpect(status().isNotFound());
            consent(sister, "RECORD", true, liaisonUs()).andExpect(status().isCreated());
            assertThat(page(viewerVn())).contains(sisterName).doesNotContain(SISTER_PHONE);
        }

        @Test
        void theOlderConsentFlagsWriteTheHistoryAndAreChangedOnlyOnTheirOwnSide() throws Exception {
            long id = brother.get("id").asLong();
            String noShare = "{\"consentDna\":true,\"consentShare\":false,\"consentDate\":\"2024-05-02\",\"version\":0}";
            mvc.perform(put("/api/v1/family-members/{id}/consent", id).with(officerVn())
                    .contentType(MediaType.APPLICATION_JSON).content(noShare)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("side must be the user's own side (VN): US"));
            mvc.perform(put("/api/v1/family-members/{id}/consent", id).with(officerUs())
                    .contentType(MediaType.APPLICATION_JSON).content(noShare)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.consents").isEmpty());
            JsonNode history = read(mvc.perform(get("/api/v1/family-members/{id}/consents", id).with(officerUs())));
            assertThat(history.findValues("granted")).extracting(JsonNode::asBoolean)
                    .containsExactly(true, true, true, false, false, false);
            assertThat(page(viewerVn())).doesNotContain(brotherName, BROTHER_PHONE);
        }

        @Test
        void aSharingIsRevokedOnlyByItsOwnSideAndTheRevocationIsAudited() throws Exception {
            long sharingId = read(mvc.perform(get("/api/v1/sharing").param("recordType", "PERSON")
                    .param("recordId", String.valueOf(person)).with(officerUs()))).get(0).get("id").asLong();
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/sharing/{id}",
                    sharingId).with(TestUsers.liaisonVn())).andExpect(status().isBadRequest());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/sharing/{id}",
                    sharingId).with(officerUs())).andExpect(status().isForbidden());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/sharing/{id}",
                    sharingId).with(liaisonUs())).andExpect(status().isOk()).andExpect(jsonPath("$.revokedAt").isNotEmpty());
            mvc.perform(get("/persons/{id}", person).with(viewerVn())).andExpect(status().isNotFound());
            assertThat(audit.recent("PERSON", String.valueOf(person), 0, 10)).extracting(AuditEntry::detail)
                    .contains("sharing " + sharingId + " with VN revoked");
        }

        @Test
        void aRelativeWithoutConsentCannotBeTheBasisOfASharing() throws Exception {
            mvc.perform(post("/api/v1/sharing").with(liaisonUs()).contentType(MediaType.APPLICATION_JSON).content("""
                    {"recordType":"PERSON","recordId":%d,"consentMember":%d,"consentBasis":"sister said so"}"""
                    .formatted(person, sister.get("id").asLong()))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("consentMember " + sister.get("id").asLong()
                            + " has not consented to sharing (or withdrew)"));
        }

        @Test
        void theConsentPageRecordsAnEntryAndShowsTheHistory() throws Exception {
            long id = sister.get("id").asLong();
            mvc.perform(post("/family-members/{id}/consents", id).with(officerUs()).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("scope", "CONTACT").param("granted", "true").param("effectiveOn", "2024-06-01")
                    .param("basis", "telephone call " + tag))
                    .andExpect(status().is3xxRedirection());
            String html = mvc.perform(get("/family-members/{id}/consents", id).param("lang", "en").with(officerUs()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
            assertThat(html).contains("telephone call " + tag, "2024-06-01", "Contact details", "officer-us");
            String refused = mvc.perform(post("/family-members/{id}/consents", id).with(officerUs()).with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("scope", "CONTACT").param("granted", "true").param("effectiveOn", "2024-06-01")
                    .param("basis", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
            assertThat(refused).contains("basis must say what records the consent (form, letter, call): ");
        }
    }
}
