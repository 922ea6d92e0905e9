package org.homecoming.server.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.imports.LineageReferenceReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The population reference sets lineage frequencies are counted in. The newest set is the active
 * one: a search job records it when queued, and the pair analysis of that job counts in it.
 *
 * <pre>{@code
 * long id = references.store("YHRD Vietnam", "YHRD R70", checked.rows(), "lab-vn");
 * references.haplotypes(id, "YSTR");
 * }</pre>
 */
@Repository
class LineageReferenceRepository {

    private static final String SELECT = "SELECT s.*, (SELECT COUNT(*) FROM lineage_reference_haplotype h WHERE h.set_id = s.id"
            + " AND h.marker_type = 'YSTR') AS y_count, (SELECT COUNT(*) FROM lineage_reference_haplotype h"
            + " WHERE h.set_id = s.id AND h.marker_type = 'MTDNA') AS mt_count FROM lineage_reference_set s";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LineageReferenceRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores a checked set whole ({@link LineageReferenceReader}); it becomes the active one. */
    @Transactional
    long store(String name, String source, List<LineageReferenceReader.Haplotype> rows, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO lineage_reference_set (name, source, uploaded_by, uploaded_at, row_count) VALUES (?, ?, ?, ?, ?)")
                .params(name, source, by, OffsetDateTime.now(), rows.size()).update(keys, "id");
        long id = keys.getKey().longValue();
        batch.batchUpdate("INSERT INTO lineage_reference_haplotype (set_id, sample_id, marker_type, haplotype) VALUES (?, ?, ?, ?)",
                rows.stream().map(r -> new Object[] {id, r.sampleId(), r.markerType(), r.value()}).toList(),
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        return id;
    }

    Optional<StoredLineageReference> active() {
        return jdbc.sql(SELECT + " ORDER BY s.id DESC LIMIT 1").query(LineageReferenceRepository::map).optional();
    }

    Optional<StoredLineageReference> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(LineageReferenceRepository::map).optional();
    }

    /** The haplotypes of one marker kind ({@code YSTR} or {@code MTDNA}) of set {@code id}. */
    List<String> haplotypes(long id, String markerType) {
        return jdbc.sql("SELECT haplotype FROM lineage_reference_haplotype WHERE set_id = ? AND marker_type = ? ORDER BY id")
                .params(id, markerType).query(String.class).list();
    }

    private static StoredLineageReference map(ResultSet rs, int n) throws SQLException {
        return new StoredLineageReference(rs.getLong("id"), rs.getString("name"), rs.getString("source"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class), rs.getInt("row_count"),
                rs.getInt("y_count"), rs.getInt("mt_count"));
    }
}
