package org.homecoming.cli.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A server's data directory as the backup sees it: which files it holds, which of them are worth
 * keeping, and whether a server is using it.
 *
 * <pre>{@code
 * DataDirectory d = DataDirectory.of(Path.of("data"));
 * try (DataDirectory.Hold hold = d.holdStopped()) {   // refused while a server runs on it
 *     d.files();                                      // relative paths, search indexes left out
 * }
 * }</pre>
 *
 * <p>The server keeps in it the H2 database ({@code homecoming.mv.db}, unless it runs on
 * PostgreSQL), the archive's scans and photos ({@code archive-files/}), the installation's signing
 * keys ({@code keys/}), the demo's {@code admin-password.txt}, and the two search indexes
 * ({@code index/}, {@code archive-index/}), which are left out: the server rebuilds them from the
 * database at its next start. A running server holds an operating-system lock on its database
 * file and on each index's {@code write.lock}; the same locks are taken here so the server cannot
 * start while a backup or restore is under way.
 */
public final class DataDirectory {

    static final String DATABASE = "homecoming.mv.db";
    static final Set<String> REBUILT = Set.of("index", "archive-index");
    private static final Set<String> SKIPPED_FILES = Set.of("homecoming.trace.db", "homecoming.lock.db");
    private static final List<String> LOCKED = List.of(DATABASE, "index/write.lock", "archive-index/write.lock");

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static DataDirectory of(Path root) {
        return new DataDirectory(root);
    }

    public Path root() {
        return root;
    }

    public boolean hasDatabase() {
        return Files.isRegularFile(root.resolve(DATABASE));
    }

    /** Locks the directory's database and index files, or refuses when a server holds them. */
    public Hold holdStopped() {
        List<FileChannel> channels = new ArrayList<>();
        try {
            for (String name : LOCKED) {
                Path f = root.resolve(name);
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                FileChannel c = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
                channels.add(c);
                if (!locked(c)) {
                    throw new IllegalArgumentException("a server is running on " + root + " (" + name
                            + " is locked): stop it first");
                }
            }
            return new Hold(channels);
        } catch (IOException e) {
            new Hold(channels).close();
            throw new UncheckedIOException("cannot lock the files of " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            new Hold(channels).close();
            throw e;
        }
    }

    /** Every file to keep, as paths relative to the root with '/' separators, in a stable order. */
    public List<String> files() {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize).filter(DataDirectory::kept)
                    .map(p -> p.toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean kept(Path relative) {
        String first = relative.getName(0).toString();
        return !REBUILT.contains(first) && !SKIPPED_FILES.contains(relative.toString());
    }

    private static boolean locked(FileChannel c) throws IOException {
        try {
            FileLock lock = c.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException inThisJvm) {
            return false;
        }
    }

    /** The locks taken by {@link #holdStopped}; closing releases them. */
    public static final class Hold implements AutoCloseable {
        private final List<FileChannel> channels;

        private Hold(List<FileChannel> channels) {
            this.channels = channels;
        }

        @Override
        public void close() {
            for (FileChannel c : channels) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // Closing releases the lock; nothing else to undo.
                }
            }
        }
    }
}
