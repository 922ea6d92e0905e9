package org.homecoming.programme.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one fuzzer input into the files of a directory, so a reader of several files can be fuzzed
 * from readable seeds: the input is a bundle of files, each starting with a line {@code === NAME}.
 * Only the names given are written; any other name is ignored, so the fuzzer cannot write elsewhere.
 *
 * <pre>{@code
 * === remains.csv
 * id,site_id,...
 * === profiles.csv
 * ...
 * }</pre>
 */
public final class FuzzedDirectory {

    private static final byte[] MARK = "=== ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private final Path dir;
    private final List<String> names;

    public FuzzedDirectory(String prefix, List<String> names) {
        this(temporary(prefix), names);
    }

    public FuzzedDirectory(Path dir, List<String> names) {
        this.dir = dir;
        this.names = List.copyOf(names);
    }

    private static Path temporary(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the directory and writes the files of {@code bundle}; returns the directory. */
    public Path write(byte[] bundle) {
        try {
            for (String name : names) {
                Files.deleteIfExists(dir.resolve(name));
            }
            for (var file : split(bundle).entrySet()) {
                if (names.contains(file.getKey())) {
                    Files.write(dir.resolve(file.getKey()), file.getValue());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a bundle by name; a later file of the same name wins. */
    public static Map<String, byte[]> split(byte[] bundle) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int i = 0;
        String name = null;
        int start = 0;
        while (i <= bundle.length) {
            boolean lineStart = i == 0 || bundle[i - 1] == '\n';
            if (i == bundle.length || lineStart && startsWithMark(bundle, i)) {
                if (name != null) {
                    files.put(name, java.util.Arrays.copyOfRange(bundle, start, i));
                }
                if (i == bundle.length) {
                    break;
                }
                int end = i + MARK.length;
                while (end < bundle.length && bundle[end] != '\n') {
                    end++;
                }
                name = new String(bundle, i + MARK.length, end - i - MARK.length,
                        java.nio.charset.StandardCharsets.ISO_8859_1).strip();
                start = Math.min(end + 1, bundle.length);
                i = start;
                continue;
            }
            i++;
        }
        return files;
    }

    private static boolean startsWithMark(byte[] b, int at) {
        if (at + MARK.length > b.length) {
            return false;
        }
        for (int k = 0; k < MARK.length; k++) {
            if (b[at + k] != MARK[k]) {
                return false;
            }
        }
        return true;
    }
}
