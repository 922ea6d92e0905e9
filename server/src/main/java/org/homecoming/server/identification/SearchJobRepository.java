package org.homecoming.server.identification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores search jobs and their progress. */
@Repository
class SearchJobRepository {

    private final JdbcClient jdbc;

    SearchJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String by, String engineVersion, long frequencyDbId, String mutationModel,
            double degradedDropout, double threshold, int topK) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ident_search_job (kind, status, requested_by, requested_at, comparisons_done,"
                        + " comparisons_total, remains_count, family_count, candidate_count, engine_version, frequency_db_id,"
                        + " theta, mutation_model, degraded_dropout, minimum_frequency, threshold, top_k, lineage_reference_id)"
                        + " VALUES (?, 'QUEUED', ?, ?, 0, 0, 0, 0, 0, ?, ?, 0, ?, ?, ?, ?, ?,"
                        // the active population set for lineage frequencies is the newest one stored
                        + " (SELECT MAX(id) FROM lineage_reference_set))")
                .params(kind, by, OffsetDateTime.now(), engineVersion, frequencyDbId, mutationModel, degradedDropout,
                        SearchModel.MINIMUM_FREQUENCY, threshold, topK)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void start(long id, int remains, int families, long total, String loci, Map<String, List<String>> added) {
        jdbc.sql("UPDATE ident_search_job SET status = 'RUNNING', started_at = ?, remains_count = ?, family_count = ?,"
                        + " comparisons_total = ?, loci = ? WHERE id = ?")
                .params(OffsetDateTime.now(), remains, families, total, loci, id).update();
        added.forEach((locus, alleles) -> {
            for (int i = 0; i < alleles.size(); i++) {
                jdbc.sql("INSERT INTO ident_search_job_allele (job_id, locus, position, allele) VALUES (?, ?, ?, ?)")
                        .params(id, locus, i, alleles.get(i)).update();
            }
        });
    }

    /** The alleles job {@code id} added, as rows in locus and list order. */
    List<SearchJobAllele> addedAlleleRows(long id) {
        return jdbc.sql("SELECT locus, position, allele FROM ident_search_job_allele WHERE job_id = ? ORDER BY locus, position")
                .param(id).query((rs, n) -> new SearchJobAllele(rs.getString("locus"), rs.getInt("position"),
                        rs.getString("allele"))).list();
    }

    /**
     * The alleles {@code job} added, per locus in list order (a mutable map). A job recorded before
     * they were stored as rows has none there and keeps them as {@code LOCUS=a,b;LOCUS=c} text in
     * {@link SearchJob#addedAlleles()}; that text is read here and nowhere else.
     */
    Map<String, List<String>> addedAlleles(SearchJob job) {
        List<SearchJobAllele> rows = addedAlleleRows(job.id());
        if (rows.isEmpty()) {
            return SearchModel.parseAdded(job.addedAlleles());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.locus(), k -> new ArrayList<>()).add(r.allele()));
        return out;
    }

    /**
     * {@code job} as the API shows it: a started job recorded since V360 gets its added alleles as the
     * {@code LOCUS=a,b;LOCUS=c} text older jobs hold ({@code ""} when none, loci by name); an older
     * job, or one not started, is returned as stored.
     */
    SearchJob shown(SearchJob job) {
        if (job.addedAlleles() != null || job.startedAt() == null) {
            return job;
        }
        return job.withAddedAlleles(SearchModel.formatAdded(addedAlleles(job)));
    }

    void progress(long id, long done) {
        jdbc.sql("UPDATE ident_search_job SET comparisons_done = ? WHERE id = ?").params(done, id).update();
    }

    void finish(long id, long done, int candidates, String indexVersions, String engine) {
        jdbc.sql("UPDATE ident_search_job SET status = 'DONE', finished_at = ?, comparisons_done = ?, candidate_count = ?,"
                        + " index_versions = ?, engine = ? WHERE id = ?")
                .params(OffsetDateTime.now(), done, candidates, indexVersions, engine, id).update();
    }

    /** A remark on a finished job (families the engine refused), kept in the error column. */
    void note(long id, String text) {
        String e = text.length() > 2000 ? text.substring(0, 2000) : text;
        jdbc.sql("UPDATE ident_search_job SET error = ? WHERE id = ?").params(e, id).update();
    }

    void fail(long id, String error) {
        String e = error == null ? "error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        jdbc.sql("UPDATE ident_search_job SET status = 'FAILED', finished_at = ?, error = ? WHERE id = ?")
                .params(OffsetDateTime.now(), e, id).update();
    }

    /** Jobs left QUEUED or RUNNING by a server that stopped: they will never finish. */
    int failInterrupted() {
        return jdbc.sql("UPDATE ident_search_job SET status = 'FAILED', finished_at = ?, error = 'server stopped'"
                + " WHERE status IN ('QUEUED', 'RUNNING')").param(OffsetDateTime.now()).update();
    }

    /** A sample with an autosomal profile that no search has taken up yet, of remains or of a family's member (the other null). */
    record UnsearchedSample(long sampleId, Long remainsId, Long personId) {
    }

    /** Samples with an autosomal profile that no search has taken up yet, by id. */
    List<UnsearchedSample> unsearchedSamples() {
        return jdbc.sql("SELECT s.id, s.remains_id, f.person_id FROM sample s LEFT JOIN family_member f"
                        + " ON f.id = s.family_member_id WHERE EXISTS (SELECT 1 FROM str_call c WHERE c.sample_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM ident_searched_sample x WHERE x.sample_id = s.id) ORDER BY s.id")
                .query((rs, n) -> new UnsearchedSample(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class)))
                .list();
    }

    void markSearched(long jobId, List<Long> samples) {
        for (Long s : samples) {
            jdbc.sql("INSERT INTO ident_searched_sample (sample_id, job_id) VALUES (?, ?)").params(s, jobId).update();
        }
    }

    Optional<SearchJob> find(long id) {
        return jdbc.sql("SELECT * FROM ident_search_job WHERE id = ?").param(id).query(SearchJobRepository::map).optional();
    }

    List<SearchJob> recent(int limit) {
        return jdbc.sql("SELECT * FROM ident_search_job ORDER BY id DESC LIMIT ?").param(limit)
                .query(SearchJobRepository::map).list();
    }

    boolean busy() {
        return jdbc.sql("SELECT COUNT(*) FROM ident_search_job WHERE status IN ('QUEUED', 'RUNNING')").query(Long.class)
                .single() > 0;
    }

    static SearchJob map(ResultSet rs, int n) throws SQLException {
        return new SearchJob(rs.getLong("id"), rs.getString("kind"), rs.getString("status"), rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getLong("comparisons_done"),
                rs.getLong("comparisons_total"), rs.getInt("remains_count"), rs.getInt("family_count"),
                rs.getInt("candidate_count"), rs.getString("engine_version"), rs.getLong("frequency_db_id"),
                rs.getDouble("theta"), rs.getString("mutation_model"), rs.getDouble("degraded_dropout"),
                rs.getDouble("minimum_frequency"), rs.getDouble("threshold"), rs.getInt("top_k"), rs.getString("loci"),
                rs.getString("added_alleles"), rs.getString("error"), rs.getObject("lineage_reference_id", Long.class),
                rs.getString("index_versions"), rs.getString("engine"));
    }
}
