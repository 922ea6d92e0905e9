package org.homecoming.server.archive.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a signed exchange package: records as JSON under {@code records/}, files under {@code files/},
 * a {@code manifest.json} with the SHA-256 of each, and a {@code signature} of the manifest's bytes.
 *
 * <pre>{@code
 * byte[] zip = new PackageWriter(keys, "VN", "US", "sharing agreement 2024-05")
 *         .records("persons", persons)
 *         .file("files/DOC-1/page-1.png", png)
 *         .omit("genetic profile of family member FM-3: no recorded consent to share")
 *         .write(Instant.now());
 * }</pre>
 */
public final class PackageWriter {

    private final InstallationKeys keys;
    private final String side;
    private final String toSide;
    private final String consentBasis;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> omitted = new ArrayList<>();

    public PackageWriter(InstallationKeys keys, String side, String toSide, String consentBasis) {
        this.keys = keys;
        this.side = side;
        this.toSide = toSide;
        this.consentBasis = consentBasis;
    }

    /** Adds {@code records/NAME.json} holding {@code records} as a JSON array. */
    public PackageWriter records(String name, List<?> records) {
        try {
            return entry(EntryNames.records(name), PackageJson.MAPPER.writeValueAsBytes(records));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records '" + name + "' cannot be written as JSON", e);
        }
    }

    /** Adds a file (a scan, a photo) under {@code files/}. */
    public PackageWriter file(String path, byte[] content) {
        return entry(EntryNames.checkFile(path), content.clone());
    }

    /** Whether an entry of this name was added already (a file shared by two records travels once). */
    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /** Records in the manifest something deliberately left out, and why. */
    public PackageWriter omit(String what) {
        omitted.add(what);
        return this;
    }

    private PackageWriter entry(String name, byte[] content) {
        if (entries.putIfAbsent(name, content) != null) {
            throw new IllegalArgumentException("entry added twice: " + name);
        }
        return this;
    }

    /** The package as ZIP bytes. */
    public byte[] write(Instant created) {
        Map<String, String> sums = new LinkedHashMap<>();
        entries.forEach((n, b) -> sums.put(n, Sha256.hex(b)));
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, keys.installationId(), side, toSide, created,
                keys.fingerprint(), consentBasis, sums, omitted);
        try {
            byte[] manifest = PackageJson.MAPPER.writeValueAsBytes(m);
            byte[] signature = Base64.getEncoder().encode(keys.sign(manifest));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                put(zip, Manifest.NAME, manifest);
                put(zip, Manifest.SIGNATURE, signature);
                for (var e : entries.entrySet()) {
                    put(zip, e.getKey(), e.getValue());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a package in memory failed", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
