package org.homecoming.server.archive.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens an exchange package and accepts it only when it is signed by a trusted installation and
 * every entry is exactly what the manifest lists.
 *
 * <pre>{@code
 * VerifiedPackage p = new PackageVerifier(trustedKeys).verify(zipBytes);
 * p.manifest().installationId(); // "us-dpaa"
 * }</pre>
 *
 * <p>Checks, in order, each refusal an {@link InvalidPackageException} saying what is wrong: a
 * readable ZIP within the size limit, entry names ({@code manifest.json}, {@code signature},
 * {@code records/*.json}, {@code files/...}) each once; a manifest and a signature; the format
 * version; a trusted key with the manifest's fingerprint, belonging to the manifest's installation;
 * the signature over the manifest bytes; then every listed entry present with its SHA-256, and no
 * entry unlisted.
 */
public final class PackageVerifier {

    /** Largest package accepted by default, uncompressed: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    private final TrustedKeys trusted;
    private final long maxBytes;

    public PackageVerifier(TrustedKeys trusted) {
        this(trusted, DEFAULT_MAX_BYTES);
    }

    public PackageVerifier(TrustedKeys trusted, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.trusted = trusted;
        this.maxBytes = maxBytes;
    }

    public VerifiedPackage verify(byte[] zip) {
        Map<String, byte[]> entries = unzip(zip);
        byte[] manifestBytes = entries.remove(Manifest.NAME);
        if (manifestBytes == null) {
            throw new InvalidPackageException("not an exchange package: it has no manifest.json");
        }
        byte[] signature = entries.remove(Manifest.SIGNATURE);
        if (signature == null) {
            throw new InvalidPackageException("package is not signed: it has no 'signature' entry");
        }
        Manifest m = parse(manifestBytes);
        TrustedKey key = trustedKey(m);
        if (!SigningKeys.verify(key.key(), manifestBytes, decode(signature))) {
            throw new InvalidPackageException("signature does not match manifest.json: the package was altered"
                    + " after it was signed, or signed with another key than " + m.keyFingerprint());
        }
        checkEntries(m, entries);
        return new VerifiedPackage(m, entries);
    }

    private TrustedKey trustedKey(Manifest m) {
        TrustedKey key = trusted.byFingerprint(m.keyFingerprint()).orElseThrow(() -> new InvalidPackageException(
                "package is signed by installation '" + m.installationId() + "' with key " + m.keyFingerprint()
                        + ", which is not trusted here: import that installation's public key first"));
        if (!key.installationId().equals(m.installationId())) {
            throw new InvalidPackageException("key " + m.keyFingerprint() + " is trusted for installation '"
                    + key.installationId() + "', but the package says it comes from '" + m.installationId() + "'");
        }
        return key;
    }

    private static void checkEntries(Manifest m, Map<String, byte[]> entries) {
        for (var listed : m.entries().entrySet()) {
            byte[] content = entries.get(listed.getKey());
            if (content == null) {
                throw new InvalidPackageException("entry " + listed.getKey() + " is listed in the manifest but missing");
            }
            String actual = Sha256.hex(content);
            if (!actual.equals(listed.getValue())) {
                throw new InvalidPackageException("entry " + listed.getKey() + " was altered: its SHA-256 is "
                        + actual + ", the manifest says " + listed.getValue());
            }
        }
        for (String name : entries.keySet()) {
            if (!m.entries().containsKey(name)) {
                throw new InvalidPackageException("entry " + name + " is not listed in the manifest");
            }
        }
    }

    private static Manifest parse(byte[] bytes) {
        Manifest m;
        try {
            m = PackageJson.MAPPER.readValue(bytes, Manifest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidPackageException("manifest.json is not a valid manifest: " + e.getMessage(), e);
        }
        if (m.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new InvalidPackageException("package format version " + m.formatVersion()
                    + " is not supported: this installation reads version " + Manifest.FORMAT_VERSION);
        }
        return m;
    }

    private static byte[] decode(byte[] signature) {
        try {
            return Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidPackageException("signature is not Base64 text", e);
        }
    }

    private Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = checkName(e.getName());
                if (!seen.add(name)) {
                    throw new InvalidPackageException("entry " + name + " appears twice");
                }
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += content.length;
                if (total > maxBytes || in.read() != -1) {
                    throw new InvalidPackageException("package is larger than " + maxBytes + " bytes uncompressed");
                }
                out.put(name, content);
            }
        } catch (IOException ex) {
            throw new InvalidPackageException("not a readable ZIP archive: " + ex.getMessage(), ex);
        }
        if (out.isEmpty()) {
            throw new InvalidPackageException("not an exchange package: not a ZIP archive or an empty one");
        }
        return out;
    }

    private static String checkName(String name) {
        boolean ok = Manifest.NAME.equals(name) || Manifest.SIGNATURE.equals(name) || EntryNames.isFile(name)
                || EntryNames.isRecords(name);
        if (!ok) {
            throw new InvalidPackageException("entry name not allowed in a package: " + name);
        }
        return name;
    }
}
