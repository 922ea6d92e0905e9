package org.homecoming.cli.backup;

/** Byte counts for people: {@code Sizes.of(1_500_000)} is "1.4 MiB". */
final class Sizes {

    private Sizes() {
    }

    static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
