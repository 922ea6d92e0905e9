package org.homecoming.server.landrelease.bombing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Service;

/**
 * Imports a THOR bombing file as published: streamed row by row (memory does not grow with the file),
 * columns found by header name, impossible rows counted by reason, rows already stored skipped, the run
 * recorded and audited for the current user.
 *
 * <pre>{@code
 * ThorImportResult r = importer.importFile("thor_data_vietnam.csv", in, ImportProgress.NONE);
 * r.imported(); r.duplicates(); r.rejected(); // {"OUTSIDE_COUNTRY": 12, ...}
 * }</pre>
 *
 * <p>Rows are stored in batches that commit as they go: an import stopped half-way keeps what it stored,
 * and running it again completes it (the stored rows count as duplicates).
 */
@Service
public class ThorImporter {

    static final int PROGRESS_EVERY = 10_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final DataSource dataSource;
    private final CountryBoxes boxes;
    private final ImportRuns runs;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    ThorImporter(DataSource dataSource, CountryBoxes boxes, ImportRuns runs, AuditLog audit, CurrentUsers currentUsers) {
        this.dataSource = dataSource;
        this.boxes = boxes;
        this.runs = runs;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** Imports {@code in} (a THOR CSV named {@code fileName} in messages); the stream is read to its end, not closed. */
    public ThorImportResult importFile(String fileName, InputStream in, ImportProgress progress) {
        MessageDigest sha = sha256();
        CountingInputStream counted = new CountingInputStream(in);
        BufferedReader reader = new BufferedReader(new InputStreamReader(new DigestInputStream(counted, sha),
                StandardCharsets.UTF_8), 1 << 16);
        long id = runs.start(fileName, currentUsers.get().username());
        Rejections rejections = new Rejections();
        Stored stored = store(fileName, reader, id, rejections, rows -> progress.progress(counted.count(), rows));
        progress.progress(counted.count(), stored.rows());
        String hex = HexFormat.of().formatHex(sha.digest());
        runs.finish(id, hex, stored.rows(), stored.inserted(), stored.duplicates(), rejections.counts());
        audit.record(AuditAction.IMPORT, "BOMBING_IMPORT", id, "file=" + fileName + " sha256=" + hex + " imported="
                + stored.inserted() + " duplicates=" + stored.duplicates() + " rejected=" + rejections.counts());
        return new ThorImportResult(stored.inserted(), stored.duplicates(), rejections.counts(), rejections.examples(),
                id, hex);
    }

    /** What {@link #store} read and wrote. */
    private record Stored(long rows, long inserted, long duplicates) {
    }

    /** Reads every row, writing the good ones in batches under import {@code id}; {@code tick} every few rows. */
    private Stored store(String fileName, BufferedReader reader, long id, Rejections rejections, RowTick tick) {
        long rows = 0;
        try (CSVParser parser = FORMAT.parse(reader); Connection c = dataSource.getConnection()) {
            ThorRowReader rowReader = new ThorRowReader(ThorColumns.of(fileName, headers(parser)), boxes);
            MissionWriter w = new MissionWriter(c, id);
            try (w) {
                for (CSVRecord row : parser) {
                    rows++;
                    Mission m = rowReader.read(row, rejections);
                    if (m != null) {
                        w.add(m);
                    }
                    if (rows % PROGRESS_EVERY == 0) {
                        tick.at(rows);
                    }
                }
            }
            return new Stored(rows, w.inserted(), w.duplicates());
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(fileName + ":" + (rows + 2) + ": not readable as CSV: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("import of " + fileName + " failed near line " + (rows + 1), e);
        }
    }

    /** Told the number of rows read so far. */
    @FunctionalInterface
    private interface RowTick {
        void at(long rows);
    }

    /** Header name to position; a byte-order mark before the first name and spaces around names are dropped. */
    private static Map<String, Integer> headers(CSVParser parser) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        parser.getHeaderMap().forEach((name, i) -> byName.putIfAbsent(name.replace("\uFEFF", "").strip(), i));
        return byName;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
