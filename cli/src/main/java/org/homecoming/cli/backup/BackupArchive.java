package org.homecoming.cli.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup of a data directory as one zip file: every kept file under {@code data/}, then a
 * manifest with the SHA-256 and size of each, checked file by file on restore.
 *
 * <pre>{@code
 * Summary s = BackupArchive.write(DataDirectory.of(dir), Path.of("homecoming-2026-12-04.zip"), Instant.now());
 * BackupArchive.restore(Path.of("homecoming-2026-12-04.zip"), Path.of("data-restored"));
 * }</pre>
 *
 * <p>Writing goes to {@code FILE.part}, renamed when complete; restoring unpacks next to the target,
 * checks every hash and that nothing is missing or extra, then renames the whole directory into
 * place, so a failed restore leaves no half-written data directory.
 */
public final class BackupArchive {

    static final String MANIFEST = "homecoming-backup.txt";
    static final String FORMAT = "homecoming-backup 1";
    private static final String PREFIX = "data/";

    private BackupArchive() {
    }

    /** What was written or restored. */
    public record Summary(int files, long bytes, boolean database) {
    }

    /** Writes the kept files of {@code dir} into {@code out}, which must not exist. */
    public static Summary write(DataDirectory dir, Path out, Instant created) throws IOException {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Map<String, String> lines = new TreeMap<>();
        long bytes = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            for (String name : dir.files()) {
                zip.putNextEntry(new ZipEntry(PREFIX + name));
                MessageDigest sha = sha256();
                long size;
                try (InputStream in = new DigestInputStream(Files.newInputStream(dir.root().resolve(name)), sha)) {
                    size = in.transferTo(zip);
                }
                zip.closeEntry();
                lines.put(name, HexFormat.of().formatHex(sha.digest()) + " " + size);
                bytes += size;
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(created, dir.hasDatabase(), lines).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, out, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(lines.size(), bytes, dir.hasDatabase());
    }

    /** Unpacks {@code backup} into {@code target}, which must not exist or be empty. */
    public static Summary restore(Path backup, Path target) throws IOException {
        Path staging = target.resolveSibling("." + target.getFileName() + ".restoring");
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            Map<String, String> found = new TreeMap<>();
            String manifest = unpack(backup, staging, found);
            Map<String, String> listed = listed(backup, manifest);
            if (!listed.equals(found)) {
                throw new IllegalArgumentException("backup " + backup + " is damaged: its files differ from its manifest "
                        + difference(listed, found));
            }
            Files.deleteIfExists(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            long bytes = listed.values().stream().mapToLong(v -> Long.parseLong(v.substring(v.indexOf(' ') + 1))).sum();
            return new Summary(listed.size(), bytes, listed.containsKey(DataDirectory.DATABASE));
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static String unpack(Path backup, Path staging, Map<String, String> found) throws IOException {
        String manifest = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(MANIFEST)) {
                    manifest = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                } else if (!e.isDirectory()) {
                    String name = safeName(backup, e.getName());
                    Path file = staging.resolve(name);
                    Files.createDirectories(file.getParent());
                    MessageDigest sha = sha256();
                    long size;
                    try (OutputStream out = Files.newOutputStream(file)) {
                        size = new DigestInputStream(zip, sha).transferTo(out);
                    }
                    found.put(name, HexFormat.of().formatHex(sha.digest()) + " " + size);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException("not a Homecoming backup (not a zip file): " + backup);
        }
        if (manifest == null) {
            throw new IllegalArgumentException("not a Homecoming backup (no " + MANIFEST + "): " + backup);
        }
        return manifest;
    }

    private static String safeName(Path backup, String entry) {
        String name = entry.startsWith(PREFIX) ? entry.substring(PREFIX.length()) : null;
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\")
                || List.of(name.split("/")).contains("..")) {
            throw new IllegalArgumentException("backup " + backup + " holds an entry outside data/: " + entry);
        }
        return name;
    }

    private static String manifest(Instant created, boolean database, Map<String, String> lines) {
        StringBuilder m = new StringBuilder(FORMAT).append('\n').append("created ").append(created).append('\n')
                .append("database ").append(database ? "h2" : "none (PostgreSQL: see pg_dump)").append('\n');
        lines.forEach((name, hashAndSize) -> m.append(hashAndSize).append(' ').append(name).append('\n'));
        return m.toString();
    }

    private static Map<String, String> listed(Path backup, String manifest) {
        List<String> lines = manifest.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            throw new IllegalArgumentException("not a Homecoming backup of a known format (" + FORMAT + "): " + backup);
        }
        Map<String, String> listed = new TreeMap<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] f = line.split(" ", 3);
            if (f.length != 3) {
                throw new IllegalArgumentException("backup " + backup + " has a damaged manifest line: " + line);
            }
            listed.put(f[2], f[0] + " " + f[1]);
        }
        return listed;
    }

    private static String difference(Map<String, String> listed, Map<String, String> found) {
        for (var e : listed.entrySet()) {
            if (!e.getValue().equals(found.get(e.getKey()))) {
                return "(first: " + e.getKey() + ")";
            }
        }
        return "(extra: " + found.keySet().stream().filter(k -> !listed.containsKey(k)).findFirst().orElse("?") + ")";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
