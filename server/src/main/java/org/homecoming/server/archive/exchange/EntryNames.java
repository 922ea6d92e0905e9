package org.homecoming.server.archive.exchange;

import java.util.regex.Pattern;

/**
 * The names a package entry may have: {@code records/NAME.json} or {@code files/...}, relative,
 * without {@code ..}, so an import can never write outside where it is told.
 *
 * <pre>{@code
 * EntryNames.records("persons"); // "records/persons.json"
 * EntryNames.checkFile("files/../etc/passwd"); // IllegalArgumentException
 * }</pre>
 */
final class EntryNames {

    private static final Pattern RECORDS = Pattern.compile("[a-z0-9_-]{1,64}");
    private static final Pattern FILE = Pattern.compile("files/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+){0,7}");

    private EntryNames() {
    }

    static String records(String name) {
        if (name == null || !RECORDS.matcher(name).matches()) {
            throw new IllegalArgumentException("records name must be 1 to 64 of a-z, 0-9, '_' or '-': " + name);
        }
        return "records/" + name + ".json";
    }

    static String checkFile(String path) {
        if (!isFile(path)) {
            throw new IllegalArgumentException("file path must be files/ followed by names of letters, digits,"
                    + " '_', '.' or '-' and no '..': " + path);
        }
        return path;
    }

    static boolean isFile(String path) {
        return path != null && FILE.matcher(path).matches() && !path.contains("..");
    }

    static boolean isRecords(String path) {
        return path.startsWith("records/") && path.endsWith(".json")
                && RECORDS.matcher(path.substring(8, path.length() - 5)).matches();
    }
}
