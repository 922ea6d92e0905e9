package org.homecoming.server.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.homecoming.server.archive.exchange.Sha256;

/**
 * Keeps scans and photos on disk, each named by the SHA-256 of its content, so a file stored twice
 * is kept once and a file can be checked against the name it has.
 *
 * <pre>{@code
 * String sha = files.put(pngBytes);
 * files.get(sha); // Optional[bytes]
 * }</pre>
 */
public final class FileStore {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private final Path root;

    public FileStore(Path root) {
        this.root = root;
    }

    /** Stores {@code content} and returns its SHA-256. */
    public String put(byte[] content) {
        String sha = Sha256.hex(content);
        Path target = path(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
                Files.write(tmp, content);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file in " + root, e);
        }
        return sha;
    }

    public Optional<byte[]> get(String sha256) {
        if (sha256 == null || !SHA.matcher(sha256).matches()) {
            return Optional.empty();
        }
        try {
            Path p = path(sha256);
            return Files.exists(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + sha256 + " in " + root, e);
        }
    }

    private Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }
}
