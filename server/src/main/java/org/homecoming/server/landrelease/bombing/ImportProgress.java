package org.homecoming.server.landrelease.bombing;

/**
 * Told how far an import has gone, every {@link ThorImporter#PROGRESS_EVERY} rows and at the end.
 *
 * <pre>{@code
 * importer.importFile("thor.csv", in, (bytes, rows) -> bar.update(bytes));
 * }</pre>
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (bytes, rows) -> { };

    /** {@code bytes} of the file read so far and {@code rows} (data rows, header excluded). */
    void progress(long bytes, long rows);
}
