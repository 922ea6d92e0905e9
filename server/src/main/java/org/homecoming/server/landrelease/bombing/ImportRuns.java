package org.homecoming.server.landrelease.bombing;

import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The record of each THOR import: file name, SHA-256, counts and rejections by reason, who and when.
 *
 * <pre>{@code
 * long id = runs.start("thor.csv", "lan");
 * runs.finish(id, sha, read, imported, duplicates, rejections.counts());
 * }</pre>
 */
@Repository
class ImportRuns {

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String fileName, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bombing_import (file_name, sha256, rows_read, imported, duplicates, imported_by,"
                        + " imported_at) VALUES (?, '', 0, 0, 0, ?, ?)")
                .params(fileName, username, OffsetDateTime.now()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void finish(long id, String sha256, long rowsRead, long imported, long duplicates, Map<String, Long> rejected) {
        jdbc.sql("UPDATE bombing_import SET sha256 = ?, rows_read = ?, imported = ?, duplicates = ? WHERE id = ?")
                .params(sha256, rowsRead, imported, duplicates, id).update();
        rejected.forEach((reason, n) -> jdbc.sql("INSERT INTO bombing_import_rejection (import_id, reason, row_count)"
                + " VALUES (?, ?, ?)").params(id, reason, n).update());
    }
}
