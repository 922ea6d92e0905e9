package org.homecoming.server.archive.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PackageVerifierTests {

    record Item(String ref, String name) {
    }

    static final InstallationKeys US = InstallationKeys.generate("us-dpaa");
    static final InstallationKeys VN = InstallationKeys.generate("vn-mia");
    static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");

    static byte[] usPackage() {
        return new PackageWriter(US, "US", "VN", "sharing agreement 2024-05")
                .records("persons", List.of(new Item("US-1", "John A. Smith"), new Item("US-2", "Trần Văn Bảy")))
                .file("files/DOC-1/page-1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .omit("genetic profile of family member FM-3: no recorded consent to share")
                .write(CREATED);
    }

    static PackageVerifier trustingUs() {
        return new PackageVerifier(TrustedKeys.of(US.asTrusted()));
    }

    @Test
    void aSignedPackageFromATrustedInstallationOpensWithItsRecordsFilesAndOmissions() {
        VerifiedPackage p = trustingUs().verify(usPackage());

        assertThat(p.manifest().installationId()).isEqualTo("us-dpaa");
        assertThat(p.manifest().created()).isEqualTo(CREATED);
        assertThat(p.manifest().keyFingerprint()).isEqualTo(US.fingerprint());
        assertThat(p.manifest().omitted()).containsExactly(
                "genetic profile of family member FM-3: no recorded consent to share");
        assertThat(p.names()).containsExactly("files/DOC-1/page-1.png", "records/persons.json");
        assertThat(p.records("persons", Item.class)).containsExactly(new Item("US-1", "John A. Smith"),
                new Item("US-2", "Trần Văn Bảy"));
        assertThat(p.records("documents", Item.class)).isEmpty();
        assertThat(p.file("files/DOC-1/page-1.png")).hasValueSatisfying(b -> assertThat(b).hasSize(4));
    }

    @Test
    void theManifestListsTheSha256OfEachEntry() {
        byte[] json = Zips.read(usPackage()).get("records/persons.json");
        VerifiedPackage p = trustingUs().verify(usPackage());

        assertThat(p.manifest().entries()).containsEntry("records/persons.json", Sha256.hex(json));
        assertThat(Sha256.hex("abc".getBytes(UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Nested
    class Refused {

        @Test
        void unsigned() {
            byte[] zip = Zips.without(usPackage(), "signature");

            assertThatThrownBy(() -> trustingUs().verify(zip)).isInstanceOf(InvalidPackageException.class)
                    .hasMessage("package is not signed: it has no 'signature' entry");
        }

        @Test
        void withoutManifest() {
            byte[] zip = Zips.without(usPackage(), "manifest.json");

            assertThatThrownBy(() -> trustingUs().verify(zip))
                    .hasMessage("not an exchange package: it has no manifest.json");
        }

        @Test
        void notAZip() {
            assertThatThrownBy(() -> trustingUs().verify("hello".getBytes(UTF_8)))
                    .hasMessage("not an exchange package: not a ZIP archive or an empty one");
        }

        @Test
        void signedByAnInstallationNotTrusted() {
            PackageVerifier trustsOnlyVn = new PackageVerifier(TrustedKeys.of(VN.asTrusted()));

            assertThatThrownBy(() -> trustsOnlyVn.verify(usPackage())).hasMessage("package is signed by installation"
                    + " 'us-dpaa' with key " + US.fingerprint() + ", which is not trusted here: import that"
                    + " installation's public key first");
        }

        @Test
        void aRecordChangedAfterSigning() {
            byte[] original = usPackage();
            String json = new String(Zips.read(original).get("records/persons.json"), UTF_8);
            byte[] forged = json.replace("John A. Smith", "John B. Smith").getBytes(UTF_8);
            byte[] zip = Zips.replace(original, "records/persons.json", forged);

            assertThatThrownBy(() -> trustingUs().verify(zip)).hasMessage("entry records/persons.json was altered:"
                    + " its SHA-256 is " + Sha256.hex(forged) + ", the manifest says " + Sha256.hex(json.getBytes(UTF_8)));
        }

        @Test
        void aManifestChangedAfterSigning() {
            byte[] original = usPackage();
            String manifest = new String(Zips.read(original).get("manifest.json"), UTF_8);
            byte[] zip = Zips.replace(original, "manifest.json",
                    manifest.replace("sharing agreement 2024-05", "blanket consent").getBytes(UTF_8));

            assertThatThrownBy(() -> trustingUs().verify(zip)).hasMessage("signature does not match manifest.json:"
                    + " the package was altered after it was signed, or signed with another key than "
                    + US.fingerprint());
        }

        @Test
        void signedByAnotherKeyClaimingTheSameFingerprint() {
            byte[] original = usPackage();
            byte[] manifest = Zips.read(original).get("manifest.json");
            byte[] forgedSignature = java.util.Base64.getEncoder().encode(VN.sign(manifest));
            byte[] zip = Zips.replace(original, "signature", forgedSignature);

            assertThatThrownBy(() -> trustingUs().verify(zip)).isInstanceOf(InvalidPackageException.class)
                    .hasMessageStartingWith("signature does not match manifest.json");
        }

        @Test
        void anEntryAddedAfterSigning() {
            byte[] zip = Zips.replace(usPackage(), "files/extra.txt", "x".getBytes(UTF_8));

            assertThatThrownBy(() -> trustingUs().verify(zip))
                    .hasMessage("entry files/extra.txt is not listed in the manifest");
        }

        @Test
        void anEntryRemovedAfterSigning() {
            byte[] zip = Zips.without(usPackage(), "files/DOC-1/page-1.png");

            assertThatThrownBy(() -> trustingUs().verify(zip))
                    .hasMessage("entry files/DOC-1/page-1.png is listed in the manifest but missing");
        }

        @Test
        void anEntryNameThatEscapesTheImportFolder() {
            byte[] zip = Zips.replace(usPackage(), "files/../../etc/passwd", new byte[1]);

            assertThatThrownBy(() -> trustingUs().verify(zip))
                    .hasMessage("entry name not allowed in a package: files/../../etc/passwd");
        }

        @Test
        void aKeyTrustedForAnotherInstallation() {
            TrustedKey misfiled = new TrustedKey("vn-mia", US.publicKey());
            PackageVerifier v = new PackageVerifier(TrustedKeys.of(misfiled));

            assertThatThrownBy(() -> v.verify(usPackage())).hasMessage("key " + US.fingerprint() + " is trusted for"
                    + " installation 'vn-mia', but the package says it comes from 'us-dpaa'");
        }

        @Test
        void largerThanTheLimit() {
            PackageVerifier small = new PackageVerifier(TrustedKeys.of(US.asTrusted()), 100);

            assertThatThrownBy(() -> small.verify(usPackage()))
                    .hasMessage("package is larger than 100 bytes uncompressed");
        }

        @Test
        void anotherFormatVersion() {
            byte[] original = usPackage();
            String manifest = new String(Zips.read(original).get("manifest.json"), UTF_8)
                    .replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");
            byte[] bytes = manifest.getBytes(UTF_8);
            byte[] zip = Zips.write(Map.of("manifest.json", bytes, "signature",
                    java.util.Base64.getEncoder().encode(US.sign(bytes))));

            assertThatThrownBy(() -> trustingUs().verify(zip))
                    .hasMessage("package format version 2 is not supported: this installation reads version 1");
        }
    }

    @Test
    void entryNamesAreCheckedWhenWriting() {
        PackageWriter w = new PackageWriter(US, "US", "VN", "x");

        assertThatThrownBy(() -> w.file("files/../x", new byte[0])).hasMessage("file path must be files/ followed"
                + " by names of letters, digits, '_', '.' or '-' and no '..': files/../x");
        assertThatThrownBy(() -> w.records("Persons!", List.of()))
                .hasMessage("records name must be 1 to 64 of a-z, 0-9, '_' or '-': Persons!");
        w.records("persons", List.of());
        assertThatThrownBy(() -> w.records("persons", List.of())).hasMessage("entry added twice: records/persons.json");
    }
}
