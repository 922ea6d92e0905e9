package org.homecoming.server.archive.exchange;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A package whose signature and checksums have been checked: its manifest and its entries.
 *
 * <pre>{@code
 * List<PersonRecord> persons = verified.records("persons", PersonRecord.class);
 * verified.file("files/DOC-1/page-1.png"); // Optional[bytes]
 * }</pre>
 */
public final class VerifiedPackage {

    private final Manifest manifest;
    private final Map<String, byte[]> entries;

    VerifiedPackage(Manifest manifest, Map<String, byte[]> entries) {
        this.manifest = manifest;
        this.entries = Map.copyOf(entries);
    }

    public Manifest manifest() {
        return manifest;
    }

    /** The names of the entries (manifest and signature excluded), sorted. */
    public List<String> names() {
        return List.copyOf(new TreeSet<>(entries.keySet()));
    }

    /** The records of {@code records/NAME.json}; empty when the package has none of that name. */
    public <T> List<T> records(String name, Class<T> type) {
        byte[] json = entries.get(EntryNames.records(name));
        if (json == null) {
            return List.of();
        }
        JavaType listType = PackageJson.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return PackageJson.MAPPER.readValue(json, listType);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidPackageException("records/" + name + ".json does not hold " + type.getSimpleName()
                    + " records: " + e.getMessage(), e);
        }
    }

    public Optional<byte[]> file(String path) {
        byte[] b = entries.get(path);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }
}
