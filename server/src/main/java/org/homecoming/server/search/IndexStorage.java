package org.homecoming.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the person index's directory and writer, starting empty when the stored index has another
 * field layout or cannot be read.
 *
 * <pre>{@code
 * Directory dir = IndexStorage.open(settings);
 * IndexWriter writer = IndexStorage.writer(dir, "data/index");
 * }</pre>
 */
final class IndexStorage {

    private static final Logger log = LoggerFactory.getLogger(IndexStorage.class);
    static final String SCHEMA_KEY = "homecoming.schema";
    static final String SEAL_KEY = "homecoming.seal";

    private IndexStorage() {
    }

    /** A writer that appends to a readable index of this layout, else creates an empty one. */
    static IndexWriter writer(Directory dir, String location) throws IOException {
        IndexWriter writer = new IndexWriter(dir, writerConfig(readableWithThisSchema(dir, location)));
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, PersonFields.SCHEMA).entrySet());
        return writer;
    }

    /** The seal in the last commit of a readable index of this layout, if any; read before {@link #writer}. */
    static Optional<String> seal(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            return PersonFields.SCHEMA.equals(data.get(SCHEMA_KEY)) ? Optional.ofNullable(data.get(SEAL_KEY))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Commits {@code writer}'s changes with {@code seal} in the commit data. */
    static void commitSealed(IndexWriter writer, String seal) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, PersonFields.SCHEMA, SEAL_KEY, seal).entrySet());
        writer.commit();
    }

    static Directory open(SearchSettings settings) throws IOException {
        if (settings.inMemory()) {
            return new ByteBuffersDirectory();
        }
        Files.createDirectories(settings.indexDir());
        return FSDirectory.open(settings.indexDir());
    }

    /** Whether the directory holds an index this code can append to. */
    private static boolean readableWithThisSchema(Directory dir, String location) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            String schema = SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_KEY);
            if (PersonFields.SCHEMA.equals(schema)) {
                return true;
            }
            log.warn("Person index at {} has field layout {}, expected {}: starting empty", location, schema,
                    PersonFields.SCHEMA);
        } catch (IOException | RuntimeException e) {
            log.warn("Person index at {} cannot be read: starting empty", location, e);
            removeIndexFiles(dir, location);
        }
        return false;
    }

    /** Removes Lucene's own files only, in case the directory is shared with something else. */
    private static void removeIndexFiles(Directory dir, String location) {
        try {
            for (String name : dir.listAll()) {
                if (name.startsWith("segments") || name.startsWith("pending_segments") || name.startsWith("_")) {
                    dir.deleteFile(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear unreadable person index at " + location, e);
        }
    }

    private static IndexWriterConfig writerConfig(boolean append) {
        IndexWriterConfig c = new IndexWriterConfig(PersonAnalysis.PER_FIELD);
        c.setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        c.setRAMBufferSizeMB(64);
        return c;
    }
}
