package org.homecoming.server.identification;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One database search as recorded: what it compared, how far it got, and every parameter its LRs
 * depend on (engine version, frequency table, θ, mutation model, dropout of degraded remains, the
 * minimum frequency of added alleles and which alleles were added, loci).
 *
 * @param kind {@code NEW} (profiles not searched before, against everything) or {@code ALL}
 * @param status {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param addedAlleles the added alleles as {@code LOCUS=a,b;LOCUS=c} text ({@code ""}: none; null:
 *     not started). Jobs recorded before migration V360 store that text; later jobs store rows and
 *     read null here from {@code SearchJobRepository}, while {@code SearchJobs} (the API, the pages)
 *     gives the text built from the rows. Code that needs the alleles reads both through
 *     {@code SearchJobRepository.addedAlleles}.
 * @param lineageReferenceId the population set lineage frequencies are counted in (the newest when
 *     queued), or null when none was stored: then they are counted among the registry's references
 * @param indexVersions the versions of the compiled indexes searched ({@code SearchIndex.version},
 *     comma-separated; null before it finished or for jobs before V710)
 * @param engine where it ran: {@code local:THREADS} or {@code spark:MASTER} (null as above); pages show it
 *     in words through {@link #engineKind} and {@link #engineDetail}
 */
public record SearchJob(long id, String kind, String status, String requestedBy, OffsetDateTime requestedAt,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, long done, long total, int remainsCount, int familyCount,
        int candidateCount, String engineVersion, long frequencyDbId, double theta, String mutationModel,
        double degradedDropout, double minimumFrequency, double threshold, int topK, String loci,
        String addedAlleles, String error, Long lineageReferenceId, String indexVersions, String engine) {

    /** A copy with {@code text} as its added alleles. */
    public SearchJob withAddedAlleles(String text) {
        return new SearchJob(id, kind, status, requestedBy, requestedAt, startedAt, finishedAt, done, total, remainsCount,
                familyCount, candidateCount, engineVersion, frequencyDbId, theta, mutationModel, degradedDropout,
                minimumFrequency, threshold, topK, loci, text, error, lineageReferenceId, indexVersions, engine);
    }

    /** {@code local} or {@code spark}, null when not recorded. */
    public String engineKind() {
        return engine == null ? null : engine.substring(0, engine.indexOf(':'));
    }

    /** The threads of a local search or the master of a Spark one. */
    public String engineDetail() {
        return engine == null ? null : engine.substring(engine.indexOf(':') + 1);
    }

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    /** Percent of comparisons done (100 once finished). */
    public int percent() {
        if (finished()) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, 100 * done / total);
    }

    /** Seconds from start to end (or to now while running). */
    public double seconds() {
        if (startedAt == null) {
            return 0;
        }
        OffsetDateTime end = finishedAt == null ? OffsetDateTime.now() : finishedAt;
        return Duration.between(startedAt, end).toMillis() / 1000.0;
    }
}
