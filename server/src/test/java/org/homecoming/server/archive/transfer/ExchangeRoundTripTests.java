package org.homecoming.server.archive.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homecoming.server.archive.ArchiveService;
import org.homecoming.server.archive.ArtifactForm;
import org.homecoming.server.archive.ArtifactService;
import org.homecoming.server.archive.DocumentForm;
import org.homecoming.server.archive.GeneratedRegister;
import org.homecoming.server.archive.LeadService;
import org.homecoming.server.archive.PageUpload;
import org.homecoming.server.archive.exchange.Zips;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.GeneticProfile;
import org.homecoming.server.registry.GeneticsRepository;
import org.homecoming.server.registry.PersonForm;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.registry.Sample;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.SharingService;
import org.homecoming.server.security.Side;
import org.homecoming.server.archive.RequestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two installations in one JVM, a Vietnamese and an American one, each with its own database and
 * signing key: trust by exchanging public keys, a package exported by one, previewed and imported
 * by the other over HTTP, reconciled on the second and third exchange, refused when altered; and a
 * request asked on one, answered on the other, coming back answered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeRoundTripTests {

    static final String CONSENT = "Agreement VN-US on records of the missing, 2024-05; request R-3";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Installation vn;
    static Installation us;

    @BeforeAll
    static void start() {
        vn = Installation.start("vn-mia", Side.VN, dir);
        us = Installation.start("us-dpaa", Side.US, dir);
        trust(vn, us);
        trust(us, vn);
    }

    @AfterAll
    static void stop() {
        us.close();
        vn.close();
    }

    /** {@code receiver} trusts the public key that {@code sender} hands out. */
    static void trust(Installation receiver, Installation sender) {
        JsonNode key = json(ok(sender.get("/api/v1/archive/exchange/key")));
        ok(receiver.postJson("/api/v1/archive/exchange/trusted", JSON.createObjectNode()
                .put("installationId", key.get("installationId").asText())
                .put("publicKeyPem", key.get("publicKeyPem").asText()).toString()));
    }

    @Test
    @Order(1)
    void aPackageTravelsFromOneInstallationToTheOtherAndIsReconciledWhenItComesAgain() {
        Vn v = Vn.setUp();

        byte[] first = export();

        assertThat(new String(Zips.read(first).get("records/family.json"), StandardCharsets.UTF_8))
                .contains(v.consenting, v.noDna, "Nguyễn Thị Hoa " + v.consenting)
                .doesNotContain("Nguyễn Thị Hoa " + v.refusing).doesNotContain("0912");
        assertThat(new String(Zips.read(first).get("records/profiles.json"), StandardCharsets.UTF_8))
                .contains("S-" + v.consenting).doesNotContain("S-" + v.refusing).doesNotContain("S-" + v.noDna);
        assertThat(Zips.read(first)).containsKey("files/" + org.homecoming.server.archive.exchange.Sha256.hex(v.photo));
        assertThat(String.join("", Zips.read(first).keySet())).doesNotContain(v.confidentialRef);
        Map<String, Object> sent = vn.jdbc().sql("SELECT * FROM exchange_package WHERE direction = 'OUT'").query()
                .singleRow();
        assertThat(sent.get("consent_basis")).isEqualTo(CONSENT);
        assertThat(sent.get("summary"))
                .isEqualTo("1 person(s), 2 family member(s), 1 DNA profile(s), 1 document(s), 1 artifact(s), 0 request(s)");
        assertThat((String) sent.get("omitted")).contains("family member " + v.refusing + " of " + v.thanhRef
                + " withheld (placeholder only), and its genetic data: no consent to share its record in force",
                "genetic data of family member " + v.noDna + " of " + v.thanhRef + " left out: no consent to share it in force");
        assertThat(vn.count("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT_GENETIC' AND entity_type = 'PACKAGE'"))
                .isEqualTo(1);
        assertThat(vn.jdbc().sql("SELECT detail FROM audit_log WHERE action = 'EXPORT_GENETIC' AND entity_type = 'PACKAGE'")
                .query(String.class).single()).startsWith("to US: 1 person(s)").endsWith("; persons " + v.thanhRef);

        JsonNode preview = preview(first);

        assertThat(preview.get("installationId").asText()).isEqualTo("vn-mia");
        assertThat(preview.get("consentBasis").asText()).isEqualTo(CONSENT);
        assertThat(preview.get("familyMembers").asInt()).isEqualTo(2);
        assertThat(preview.get("profiles").asInt()).isEqualTo(1);
        assertThat(preview.get("omitted")).hasSize(4);
        assertThat(actions(preview)).containsExactlyInAnyOrderEntriesOf(Map.of("PERSON:" + v.thanhRef, "NEW",
                "DOCUMENT:" + v.registerRef, "NEW", "ARTIFACT:" + v.diaryRef, "NEW"));
        assertThat(us.count("SELECT COUNT(*) FROM missing_person")).as("a preview writes nothing").isZero();

        JsonNode result = importPackage(preview, "{}");

        assertThat(result.get("decisions").get("PERSON:" + v.thanhRef).asText()).isEqualTo("IMPORT");
        long thanh = us.count("SELECT id FROM missing_person WHERE ref = ?", v.thanhRef);
        assertThat(us.count("SELECT COUNT(*) FROM missing_person WHERE side = 'VN'")).isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM family_member WHERE person_id = ? AND ref = ? AND contact IS NULL",
                thanh, v.consenting)).isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM family_member WHERE ref = ? AND full_name IS NULL AND contact IS NULL"
                + " AND consent_share = FALSE", v.refusing)).as("a placeholder, so the pedigree draws").isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM sample WHERE ref = ?", "S-" + v.consenting)).isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM sample WHERE ref = ?", "S-" + v.refusing)).isZero();
        assertThat(us.count("SELECT COUNT(*) FROM family_member WHERE ref = ?", v.noDna)).isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM sample WHERE ref = ?", "S-" + v.noDna)).isZero();
        long diary = us.count("SELECT id FROM archive_artifact WHERE ref = ? AND return_status = 'RETURN_REQUESTED'",
                v.diaryRef);
        assertThat(us.count("SELECT COUNT(*) FROM archive_photo WHERE artifact_id = ? AND caption = 'bìa trước'", diary))
                .isEqualTo(1);
        assertThat(json(ok(us.get("/api/v1/archive/artifacts/" + diary))).at("/artifact/description").asText())
                .isEqualTo("Nhật ký bìa xanh của liệt sĩ Nguyễn Văn Thành");
        assertThat(us.count("SELECT COUNT(*) FROM sharing WHERE record_type = 'PERSON' AND record_id = ?"
                + " AND to_side = 'US' AND consent_member IS NOT NULL AND consent_basis LIKE ?", thanh,
                "%" + CONSENT + "%")).isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM exchange_package WHERE direction = 'IN' AND installation_id = 'vn-mia'"
                + " AND consent_basis = ? AND by_user = 'admin'", CONSENT)).isEqualTo(1);
        long register = us.count("SELECT id FROM archive_document WHERE ref = ?", v.registerRef);
        assertThat(us.count("SELECT COUNT(*) FROM archive_page WHERE document_id = ? AND scan_sha256 IS NOT NULL",
                register)).isEqualTo(2);
        assertThat(us.count("SELECT COUNT(*) FROM archive_link WHERE source_id = ? AND target_type = 'PERSON'"
                + " AND target_id = ? AND linked_by = 'officer-vn@vn-mia'", register, thanh)).isEqualTo(1);
        JsonNode found = json(ok(us.get("/api/v1/archive/search?q=nguyen+van+thanh+1948")));
        assertThat(found.get("items").get(0).get("ref").asText()).isEqualTo(v.registerRef);
        assertThat(ok(us.get("/api/v1/archive/documents/" + register + "/pages/1/scan"))).isEqualTo(v.scan);

        HttpResponse<byte[]> again = us.post("/api/v1/archive/exchange/preview", "application/zip", first);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again.body()).get("error").asText()).endsWith("was imported before: nothing to do");

        v.changeUnitAndEnterTheSamePersonTwice();
        JsonNode second = preview(export());

        assertThat(actions(second)).containsExactlyInAnyOrderEntriesOf(Map.of("PERSON:" + v.thanhRef, "CHANGED",
                "PERSON:" + v.duplicateRef, "POSSIBLE_DUPLICATE", "DOCUMENT:" + v.registerRef, "UNCHANGED",
                "ARTIFACT:" + v.diaryRef, "UNCHANGED"));
        importPackage(second, "{}");

        assertThat(us.count("SELECT COUNT(*) FROM missing_person WHERE id = ? AND unit = 'C2 D3 E48'", thanh))
                .as("no silent overwrite").isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM missing_person WHERE ref = ?", v.duplicateRef))
                .as("no silent duplicate").isZero();

        JsonNode third = preview(export());
        HttpResponse<byte[]> wrong = us.postJson("/api/v1/archive/exchange/import", "{\"sha256\":\""
                + third.get("sha256").asText() + "\",\"decisions\":{\"DOCUMENT:" + v.registerRef + "\":\"REPLACE\"}}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong.body()).get("error").asText())
                .isEqualTo("decision for DOCUMENT:" + v.registerRef + " (UNCHANGED) must be SKIP: REPLACE");
        importPackage(third, "{\"PERSON:" + v.thanhRef + "\":\"REPLACE\",\"PERSON:" + v.duplicateRef + "\":\"IMPORT\"}");

        assertThat(us.count("SELECT COUNT(*) FROM missing_person WHERE id = ? AND unit = 'C1 D3 E48'", thanh))
                .isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM missing_person WHERE ref = ?", v.duplicateRef)).isEqualTo(1);
        JsonNode log = json(ok(us.get("/api/v1/archive/exchange/packages")));
        assertThat(log).hasSize(3);
        assertThat(log.get(0).get("summary").asText())
                .isEqualTo("1 imported, 1 replaced, 2 skipped of 4 record(s) from vn-mia");
    }

    @Test
    @Order(2)
    void anAlteredUnsignedOrForeignPackageIsRefusedWithAClearMessageAndNothingIsImported() {
        var keys = vn.bean(org.homecoming.server.archive.exchange.InstallationKeys.class);
        byte[] good = new org.homecoming.server.archive.exchange.PackageWriter(keys, "VN", "US", CONSENT)
                .records("persons", List.of(person("MP-FORGED-1", "Đỗ Văn Tám"))).write(java.time.Instant.now());
        byte[] altered = Zips.replace(good, "records/persons.json", new String(Zips.read(good)
                .get("records/persons.json"), StandardCharsets.UTF_8).replace("Tám", "Chín")
                .getBytes(StandardCharsets.UTF_8));
        byte[] unsigned = Zips.without(good, "signature");
        var stranger = org.homecoming.server.archive.exchange.InstallationKeys.generate("vn-unknown");
        byte[] foreign = new org.homecoming.server.archive.exchange.PackageWriter(stranger, "VN", "US", CONSENT)
                .records("persons", List.of(person("MP-FORGED-2", "Đỗ Văn Tám"))).write(java.time.Instant.now());
        long persons = us.count("SELECT COUNT(*) FROM missing_person");
        long received = us.count("SELECT COUNT(*) FROM exchange_package");

        assertThat(refusal(altered)).startsWith("entry records/persons.json was altered: its SHA-256 is ");
        assertThat(refusal(unsigned)).isEqualTo("package is not signed: it has no 'signature' entry");
        assertThat(refusal(foreign)).isEqualTo("package is signed by installation 'vn-unknown' with key "
                + stranger.fingerprint() + ", which is not trusted here: import that installation's public key first");
        assertThat(refusal("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("not an exchange package: not a ZIP archive or an empty one");
        HttpResponse<byte[]> unknown = us.postJson("/api/v1/archive/exchange/import", "{\"sha256\":\""
                + org.homecoming.server.archive.exchange.Sha256.hex(altered) + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);

        assertThat(us.count("SELECT COUNT(*) FROM missing_person")).isEqualTo(persons);
        assertThat(us.count("SELECT COUNT(*) FROM exchange_package")).isEqualTo(received);
    }

    @Test
    @Order(3)
    void aPackageThatFailsHalfWayThroughLeavesNothingBehind() {
        var keys = vn.bean(org.homecoming.server.archive.exchange.InstallationKeys.class);
        var page = new ExchangeRecords.PageRecord(1, "image/png", "files/missing-scan.png", "Liệt sĩ Đỗ Văn Tám", null,
                null);
        byte[] broken = new org.homecoming.server.archive.exchange.PackageWriter(keys, "VN", "US", CONSENT)
                .records("persons", List.of(person("MP-HALF-1", "Đỗ Văn Tám")))
                .records("documents", List.of(new ExchangeRecords.DocumentRecord("DOC-HALF-1", "VN", "UNIT_ROLL",
                        "Danh sách quân nhân", "1969", "vi", null, null, "OPEN", null, List.of(page))))
                .write(java.time.Instant.now());
        long persons = us.count("SELECT COUNT(*) FROM missing_person");

        HttpResponse<byte[]> r = us.post("/api/v1/archive/exchange/preview", "application/zip", broken);
        JsonNode p = json(ok(r));
        HttpResponse<byte[]> done = us.postJson("/api/v1/archive/exchange/import",
                "{\"sha256\":\"" + p.get("sha256").asText() + "\"}");

        assertThat(done.statusCode()).isEqualTo(400);
        assertThat(json(done.body()).get("error").asText())
                .isEqualTo("page 1 of DOC-HALF-1 names files/missing-scan.png, which the package does not hold");
        assertThat(us.count("SELECT COUNT(*) FROM missing_person")).isEqualTo(persons);
        assertThat(us.count("SELECT COUNT(*) FROM missing_person WHERE ref = 'MP-HALF-1'")).isZero();
        assertThat(us.count("SELECT COUNT(*) FROM exchange_package WHERE sha256 = ?", p.get("sha256").asText())).isZero();
    }

    @Test
    @Order(4)
    void aRequestAskedOnOneInstallationIsAnsweredOnTheOtherAndComesBackAnswered() {
        long asked = us.as("liaison-us", () -> us.bean(RequestService.class).ask("Sổ mai táng E48, tháng 3/1968",
                null, "C2 D3 E48", "every page of March 1968"), Role.LIAISON).id();
        String key = "REQUEST:us-dpaa/R-" + asked;

        byte[] fromUs = ok(us.postJson("/api/v1/archive/exchange/export", "{\"consentBasis\":\"" + CONSENT + "\"}"));
        JsonNode atVn = json(ok(vn.post("/api/v1/archive/exchange/preview", "application/zip", fromUs)));
        assertThat(actions(atVn)).containsEntry(key, "NEW");
        ok(vn.postJson("/api/v1/archive/exchange/import", "{\"sha256\":\"" + atVn.get("sha256").asText() + "\"}"));
        long here = vn.count("SELECT id FROM exchange_request WHERE subject = 'Sổ mai táng E48, tháng 3/1968'"
                + " AND from_side = 'US' AND to_side = 'VN' AND requested_by = 'liaison-us@us-dpaa'");
        vn.as("liaison-vn", () -> vn.bean(RequestService.class).answer(here, "12 trang đã gửi trong gói kèm theo",
                null), Role.LIAISON);

        JsonNode back = preview(export());

        assertThat(actions(back)).containsEntry(key, "CHANGED");
        assertThat(us.count("SELECT COUNT(*) FROM exchange_answer WHERE request_id = ?", asked))
                .as("not taken before the decision").isZero();
        importPackage(back, "{\"" + key + "\":\"REPLACE\"}");
        assertThat(us.count("SELECT COUNT(*) FROM exchange_request WHERE id = ? AND status = 'ANSWERED'", asked))
                .isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM exchange_answer WHERE request_id = ? AND answered_by = ?"
                + " AND text = '12 trang đã gửi trong gói kèm theo'", asked, "liaison-vn@vn-mia")).isEqualTo(1);
        assertThat(us.count("SELECT COUNT(*) FROM exchange_request")).as("no copy of its own request").isEqualTo(1);
    }

    static ExchangeRecords.PersonRecord person(String ref, String name) {
        return new ExchangeRecords.PersonRecord(ref, "VN", name, null, null, null, "M", "1950", null, null, null,
                null, "E48", null, "1969", null, null, null, null, null, "MISSING", "Giấy báo tử", List.of());
    }

    static String refusal(byte[] zip) {
        HttpResponse<byte[]> r = us.post("/api/v1/archive/exchange/preview", "application/zip", zip);
        assertThat(r.statusCode()).isEqualTo(400);
        return json(r.body()).get("error").asText();
    }

    static byte[] export() {
        return ok(vn.postJson("/api/v1/archive/exchange/export", "{\"consentBasis\":\"" + CONSENT + "\"}"));
    }

    static JsonNode preview(byte[] zip) {
        return json(ok(us.post("/api/v1/archive/exchange/preview", "application/zip", zip)));
    }

    static JsonNode importPackage(JsonNode preview, String decisions) {
        return json(ok(us.postJson("/api/v1/archive/exchange/import", "{\"sha256\":\"" + preview.get("sha256").asText()
                + "\",\"decisions\":" + decisions + "}")));
    }

    static Map<String, String> actions(JsonNode preview) {
        Map<String, String> out = new java.util.HashMap<>();
        preview.get("items").forEach(i -> out.put(i.get("type").asText() + ":" + i.get("ref").asText(),
                i.get("action").asText()));
        return out;
    }

    static byte[] ok(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r.body();
    }

    static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the Vietnamese installation holds before the first exchange, made through its services. */
    static final class Vn {
        String thanhRef;
        String duplicateRef;
        String registerRef;
        String confidentialRef;
        String consenting;
        String refusing;
        String noDna;
        String diaryRef;
        byte[] photo;
        long thanh;
        byte[] scan;

        static Vn setUp() {
            Vn v = new Vn();
            v.thanh = vn.as("officer-vn", () -> vn.bean(PersonService.class).create(form("Nguyễn Văn Thành", "1948",
                    "C2 D3 E48")).id(), Role.CASE_OFFICER);
            v.thanhRef = vn.as("officer-vn", () -> vn.bean(PersonService.class).visible(v.thanh).ref(), Role.CASE_OFFICER);
            vn.as("officer-vn", () -> vn.bean(PersonService.class).create(form("Lê Văn Hùng", "1950", "C3 D1 E48")),
                    Role.CASE_OFFICER);
            v.consenting = "FM-" + v.thanh + "-A";
            v.refusing = "FM-" + v.thanh + "-B";
            v.noDna = "FM-" + v.thanh + "-C";
            long a = member(v.thanh, v.consenting, true, true);
            member(v.thanh, v.refusing, false, true);
            member(v.thanh, v.noDna, true, false);
            vn.as("liaison-vn", () -> vn.bean(SharingService.class).share("PERSON", v.thanh, Side.US, a,
                    "consent form signed 2025-01-10"), Role.LIAISON);
            v.scan = GeneratedRegister.scan("Liệt sĩ Nguyễn Văn Thành, sinh năm 1948");
            v.registerRef = document(v, "Sổ mai táng E48", "OPEN");
            v.confidentialRef = document(v, "Báo cáo mật E48", "CONFIDENTIAL");
            long doc = vn.as("officer-vn", () -> vn.bean(ArchiveService.class).list(0, 10).stream()
                    .filter(d -> d.ref().equals(v.registerRef)).findFirst().orElseThrow().id(), Role.CASE_OFFICER);
            vn.as("officer-vn", () -> {
                var lead = vn.bean(LeadService.class).propose(doc).stream().filter(l -> l.personId() == v.thanh)
                        .findFirst().orElseThrow();
                return vn.bean(LeadService.class).confirm(lead.id());
            }, Role.CASE_OFFICER);
            v.photo = GeneratedRegister.scan("bìa xanh");
            long art = vn.as("officer-vn", () -> {
                ArtifactService artifacts = vn.bean(ArtifactService.class);
                var made = artifacts.create(new ArtifactForm(null, "Nhật ký bìa xanh của liệt sĩ Nguyễn Văn Thành",
                        "Đồi 31, Quảng Trị", "1968-03", "Bảo tàng Quảng Trị", "RETURN_REQUESTED", "OPEN"));
                artifacts.addPhoto(made.id(), v.photo, "bìa trước");
                v.diaryRef = made.ref();
                return made.id();
            }, Role.CASE_OFFICER);
            vn.as("liaison-vn", () -> {
                vn.bean(ArchiveService.class).share(doc, "request R-3 of the US side");
                vn.bean(ArtifactService.class).share(art, "request R-3 of the US side");
                return null;
            }, Role.LIAISON);
            return v;
        }

        void changeUnitAndEnterTheSamePersonTwice() {
            vn.as("officer-vn", () -> {
                PersonService persons = vn.bean(PersonService.class);
                var old = persons.visible(thanh);
                PersonForm f = PersonForm.of(old, List.of());
                f.setUnit("C1 D3 E48");
                persons.update(thanh, f);
                long twice = persons.create(form("Nguyen Van Thanh", "1948", "C1 D3 E48")).id();
                duplicateRef = persons.visible(twice).ref();
                long m = member(twice, "FM-" + twice + "-A", true, true);
                vn.bean(SharingService.class).share("PERSON", twice, Side.US, m, "consent form signed 2025-02-01");
                return null;
            }, Role.CASE_OFFICER);
        }

        static PersonForm form(String name, String born, String unit) {
            PersonForm f = new PersonForm();
            f.setSide("VN");
            f.setFullName(name);
            f.setSex("M");
            f.setBirthDate(born);
            f.setUnit(unit);
            f.setLossDate("1968-03");
            f.setSource("Giấy báo tử");
            return f;
        }

        static long member(long person, String ref, boolean share, boolean dna) {
            long id = vn.asSystem(() -> vn.bean(FamilyRepository.class).insert(new FamilyMember(0, ref, "F-" + person,
                    person, "Nguyễn Thị Hoa " + ref, "F", 1952, "SISTER", null, null, true, "0912 345 678", dna, share,
                    LocalDate.of(2025, 1, 10), null, 0)));
            GeneticsRepository g = vn.bean(GeneticsRepository.class);
            long sample = g.insertSample(new Sample(0, "S-" + ref, "FAMILY_MEMBER", null, id, "GlobalFiler", false));
            g.addCall(sample, new GeneticProfile.StrCall("D3S1358", "15", "16", "OK"));
            g.addHaplotype(sample, "MTDNA", "16223T 16362C 73G");
            return id;
        }

        static String document(Vn v, String title, String classification) {
            return vn.as("officer-vn", () -> {
                ArchiveService archive = vn.bean(ArchiveService.class);
                var d = archive.create(new DocumentForm(null, "BURIAL_REGISTER", title, "1968-03", "vi",
                        "Cục Chính sách", "HS-48", classification, null));
                archive.addPages(d.id(), List.of(new PageUpload(1, v.scan, "1. Liệt sĩ Nguyễn Văn Thành, sinh năm 1948,"
                        + " đơn vị C2 D3 E48, hy sinh ngày 12/03/1968.", "1. Martyr Nguyen Van Thanh, born 1948, unit"
                        + " C2 D3 E48, died 12/03/1968.", "en"), new PageUpload(2, GeneratedRegister.scan("trang 2"),
                        "2. Liệt sĩ Lê Văn Hùng", "2. Martyr Le Van Hung", "en")));
                return d.ref();
            }, Role.CASE_OFFICER);
        }
    }
}
