package org.homecoming.server.archive.exchange;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link PackageVerifier} (docs/fuzzing.md): every upload ends in a verified
 * package or an {@link InvalidPackageException}, never another exception or a hang.
 *
 * <p>An input that starts with {@code === } is a bundle of entries ({@code === NAME} then the content)
 * that the test zips, so the fuzzer can change a manifest without breaking a ZIP checksum; in {@code
 * manifest.json} the text {@code ${fingerprint}} stands for the trusted test key's fingerprint, and a
 * {@code signature} entry reading {@code ${signature}} is replaced by that key's signature of the manifest,
 * so that fuzzing gets past the signature to the checks of entries. Any other input is uploaded as it is.
 */
class PackageVerifierFuzzTests {

    private static final int MAX_BYTES = 64 * 1024;
    /** A small limit, so that fuzzing reaches the size check too. */
    private static final long MAX_PACKAGE_BYTES = 16 * 1024;
    private static final InstallationKeys KEYS = InstallationKeys.generate("us-dpaa");
    private static final PackageVerifier VERIFIER = new PackageVerifier(TrustedKeys.of(KEYS.asTrusted()),
            MAX_PACKAGE_BYTES);
    private static final byte[] MARK = "=== ".getBytes(ISO_8859_1);

    @FuzzTest
    @Timeout(10)
    void opensASignedPackageOrSaysWhyNot(byte[] input) throws IOException {
        if (input.length > MAX_BYTES) {
            return;
        }
        byte[] upload = startsWith(input, MARK) ? zip(input) : input;
        try {
            VerifiedPackage p = VERIFIER.verify(upload);
            assertThat(p.manifest().keyFingerprint()).isEqualTo(KEYS.fingerprint());
            assertThat(p.names()).isEqualTo(p.manifest().entries().keySet().stream().sorted().toList());
        } catch (InvalidPackageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void theSeedBundleIsASignedPackageThatOpens() throws IOException {
        try (var in = PackageVerifierFuzzTests.class.getResourceAsStream(
                "PackageVerifierFuzzTestsInputs/opensASignedPackageOrSaysWhyNot/seed-package")) {
            VerifiedPackage p = VERIFIER.verify(zip(in.readAllBytes()));
            assertThat(p.names()).containsExactly("files/DOC-1/page-1.png", "records/persons.json");
            assertThat(p.manifest().omitted()).hasSize(1);
        }
    }

    /** Zips a bundle, putting in the test key's fingerprint and signature where the placeholders stand. */
    private static byte[] zip(byte[] bundle) throws IOException {
        Map<String, byte[]> entries = entries(bundle);
        byte[] manifest = entries.get(Manifest.NAME);
        if (manifest != null) {
            manifest = new String(manifest, ISO_8859_1).replace("${fingerprint}", KEYS.fingerprint())
                    .getBytes(ISO_8859_1);
            entries.put(Manifest.NAME, manifest);
            byte[] signature = entries.get(Manifest.SIGNATURE);
            if (signature != null && new String(signature, ISO_8859_1).strip().equals("${signature}")) {
                entries.put(Manifest.SIGNATURE, Base64.getEncoder().encode(KEYS.sign(manifest)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, UTF_8)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] bundle) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String name = null;
        int start = 0;
        for (int i = 0; i <= bundle.length; i++) {
            boolean mark = i < bundle.length && (i == 0 || bundle[i - 1] == '\n')
                    && startsWith(Arrays.copyOfRange(bundle, i, Math.min(bundle.length, i + MARK.length)), MARK);
            if (i == bundle.length || mark) {
                if (name != null && !name.isEmpty()) {
                    entries.putIfAbsent(name, Arrays.copyOfRange(bundle, start, i));
                }
                if (i == bundle.length) {
                    break;
                }
                int end = i + MARK.length;
                while (end < bundle.length && bundle[end] != '\n') {
                    end++;
                }
                name = new String(bundle, i + MARK.length, end - i - MARK.length, UTF_8).strip();
                start = Math.min(end + 1, bundle.length);
                i = start - 1;
            }
        }
        return entries;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }
}
