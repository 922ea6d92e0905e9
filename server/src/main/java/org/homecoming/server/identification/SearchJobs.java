package org.homecoming.server.identification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchRequest;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Database searches as background jobs. {@link #submit} records a job with the current settings
 * and queues it; every {@code auto-search-seconds} the server looks for profiles no search has taken
 * up and queues a {@code NEW} job for them by itself, requested by the installation's system user. A
 * job records who requested it and audits its work under that name (no one is signed in on its
 * thread). A {@code NEW} job compares the new remains with every family and the families with new
 * references with every other remains; an {@code ALL} job compares everything with everything.
 * Results replace the earlier results of the pairs covered. With a Spark cluster configured
 * ({@link SparkHandoff}), each search of a job (one for ALL, up to two for NEW) is handed to it and its
 * result read back; the job records the version of each index it searched and where it ran.
 *
 * <pre>{@code
 * SearchJob j = jobs.submit("ALL", "lab-vn");
 * jobs.find(j.id()).percent();
 * }</pre>
 */
@Service
public class SearchJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchJobs.class);
    private static final long PROGRESS_MILLIS = 200;

    private final SearchJobRepository jobs;
    private final CandidateRepository candidates;
    private final GeneticData data;
    private final FrequencyRepository frequencies;
    private final IdentificationSettings settings;
    private final IdentificationWorker worker;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final LocalInstallation installation;
    private final SparkHandoff spark;
    private final ScheduledExecutorService scanner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "identification-scanner");
        t.setDaemon(true);
        return t;
    });

    SearchJobs(SearchJobRepository jobs, CandidateRepository candidates, GeneticData data, FrequencyRepository frequencies,
            IdentificationSettings settings, IdentificationWorker worker, AuditLog audit, TransactionTemplate tx,
            LocalInstallation installation, SparkHandoff spark) {
        this.jobs = jobs;
        this.candidates = candidates;
        this.data = data;
        this.frequencies = frequencies;
        this.settings = settings;
        this.worker = worker;
        this.audit = audit;
        this.tx = tx;
        this.installation = installation;
        this.spark = spark;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startScanning() {
        int lost = jobs.failInterrupted();
        if (lost > 0) {
            log.warn("{} search jobs were interrupted by a restart and marked FAILED", lost);
        }
        if (settings.autoSearchSeconds() > 0) {
            scanner.scheduleWithFixedDelay(this::scan, settings.autoSearchSeconds(), settings.autoSearchSeconds(),
                    TimeUnit.SECONDS);
        }
    }

    /** Records a job with the present settings and queues it. */
    public SearchJob submit(String kind, String by) {
        if (!kind.equals("NEW") && !kind.equals("ALL")) {
            throw new IllegalArgumentException("kind must be NEW or ALL: " + kind);
        }
        StoredFrequencies db = frequencies.active();
        long id = jobs.insert(kind, by, EngineVersion.current(), db.id(), settings.mutationSpec().text(),
                settings.degradedDropout(), settings.threshold(), settings.topK());
        audit.recordAs(by, AuditAction.CREATE, "SEARCH_JOB", id, kind + " search queued");
        worker.submit(() -> run(id));
        return find(id);
    }

    /** Job {@code id} as shown, with its added alleles as text whichever way they are stored ({@link SearchJobRepository#shown}). */
    public SearchJob find(long id) {
        return jobs.find(id).map(jobs::shown).orElseThrow(() -> new NotFoundException("search job", id));
    }

    /** The newest jobs as shown, newest first. */
    public List<SearchJob> recent(int limit) {
        return jobs.recent(limit).stream().map(jobs::shown).toList();
    }

    /** Queues a NEW job when some profile was never searched and no job is waiting. */
    void scan() {
        try {
            if (!jobs.busy() && !jobs.unsearchedSamples().isEmpty()) {
                submit("NEW", installation.systemUser().username());
            }
        } catch (RuntimeException e) {
            log.warn("looking for new profiles failed: {}", e.toString());
        }
    }

    private void run(long id) {
        SearchJob job = find(id);
        List<Long> taken = new ArrayList<>();
        try {
            execute(job, taken);
        } catch (RuntimeException e) {
            log.warn("search job {} failed", id, e);
            tx.executeWithoutResult(s -> {
                jobs.markSearched(id, taken);
                jobs.fail(id, e.getMessage() == null ? e.toString() : e.getMessage());
            });
        }
    }

    private void execute(SearchJob job, List<Long> taken) {
        Set<Long> newRemains = new HashSet<>();
        Set<Long> newPersons = new HashSet<>();
        for (SearchJobRepository.UnsearchedSample s : jobs.unsearchedSamples()) {
            taken.add(s.sampleId());
            if (s.remainsId() != null) {
                newRemains.add(s.remainsId());
            }
            if (s.personId() != null) {
                newPersons.add(s.personId());
            }
        }
        List<RemainsData> remains = data.remains(null);
        List<FamilyData> families = data.families(null).stream().filter(FamilyData::typed).toList();
        // A new reference sample is filed under its family's first missing person; every missing person of
        // that family is searched again (and their earlier candidates superseded).
        families.stream().filter(f -> newPersons.contains(f.headId())).forEach(f -> newPersons.add(f.personId()));
        FrequencyDatabase db = frequencies.find(job.frequencyDbId()).database();
        List<Locus> loci = SearchModel.loci(db, remains, families, MutationSpec.parse(job.mutationModel()));
        boolean all = job.kind().equals("ALL");
        List<RemainsData> searchedRemains = all ? remains : remains.stream().filter(r -> newRemains.contains(r.id())).toList();
        List<RemainsData> otherRemains = all ? List.of() : remains.stream().filter(r -> !newRemains.contains(r.id())).toList();
        List<FamilyData> newFamilies = all ? List.of() : families.stream().filter(f -> newPersons.contains(f.personId())).toList();
        long total = (long) searchedRemains.size() * families.size() + (long) otherRemains.size() * newFamilies.size();
        jobs.start(job.id(), searchedRemains.size() + (newFamilies.isEmpty() ? 0 : otherRemains.size()), families.size(),
                total, String.join(",", loci.stream().map(Locus::name).toList()), SearchModel.addedAlleles(db, loci));
        SearchOptions options = SearchOptions.defaults().withTopK(job.topK()).withThreshold(job.threshold())
                .withThreads(settings.threads());
        List<String> skipped = new ArrayList<>();
        Progress progress = new Progress(job.id());
        SearchResult result = search(families, loci, searchedRemains, job, options, progress, 0, skipped);
        if (!newFamilies.isEmpty() && !otherRemains.isEmpty()) {
            SearchResult more = search(newFamilies, loci, otherRemains, job, options, progress,
                    (long) searchedRemains.size() * families.size(), skipped);
            result = result == null ? more : more == null ? result : result.merge(more);
        }
        String engine = spark.enabled() ? spark.engine() : "local:" + options.threads();
        store(job, result, total, engine, remains, families, all, newRemains, newPersons, taken, skipped);
    }

    /** One search; a family whose references the engine refuses is left out (and named in the job record). */
    private SearchResult search(List<FamilyData> families, List<Locus> loci, List<RemainsData> remains, SearchJob job,
            SearchOptions options, Progress progress, long offset, List<String> skipped) {
        SearchRequest r = request(families, loci, remains, job, options, skipped);
        if (r == null) {
            return null;
        }
        if (spark.enabled()) {
            SearchResult result = spark.search(job.id(), r);
            progress.update(offset + result.comparisons());
            return result;
        }
        return DatabaseSearch.run(r.index(), r.remains(), options, (done, total) -> progress.update(offset + done));
    }

    /** The compiled index and the remains of one search, or null when there is nothing to compare. */
    private SearchRequest request(List<FamilyData> families, List<Locus> loci, List<RemainsData> remains, SearchJob job,
            SearchOptions options, List<String> skipped) {
        if (remains.isEmpty() || families.isEmpty()) {
            return null;
        }
        List<SearchFamily> input = new ArrayList<>();
        for (FamilyData f : families) {
            try {
                input.add(SearchModel.family(f, loci));
            } catch (IllegalArgumentException e) {
                skipped.add(f.personRef() + ": " + e.getMessage());
            }
        }
        SearchIndex index = LenientIndex.build(input, loci, options.threads(), skipped);
        if (index == null) {
            return null;
        }
        List<RemainsProfile> victims =
                remains.stream().map(r -> SearchModel.remains(r, loci, job.degradedDropout())).toList();
        return new SearchRequest(index, victims, options);
    }

    /** Stores a job's pairs; {@code result} is null when there was nothing to compare ({@code total} pairs, all skipped). */
    private void store(SearchJob job, SearchResult result, long total, String engine, List<RemainsData> remains,
            List<FamilyData> families, boolean all, Set<Long> newRemains, Set<Long> newPersons, List<Long> taken,
            List<String> skipped) {
        List<Candidate> reported = result == null ? List.of() : result.reported();
        long done = result == null ? total : result.comparisons();
        String indexVersions = result == null ? "" : String.join(",", result.indexVersions());
        Map<String, RemainsData> remainsByRef = new HashMap<>();
        remains.forEach(r -> remainsByRef.put(r.ref(), r));
        Map<String, FamilyData> familyByPerson = new HashMap<>();
        families.forEach(f -> familyByPerson.put(f.personRef(), f));
        List<StoredCandidate> rows = new ArrayList<>();
        for (Candidate c : reported) {
            RemainsData r = remainsByRef.get(c.remains());
            FamilyData f = familyByPerson.get(c.missing());
            if (r == null || f == null) {
                // only a cluster's file could name a pair this server did not send
                throw new IllegalStateException("the search returned a pair not in the registry: remains "
                        + c.remains() + ", missing person " + c.missing());
            }
            String hash = FrequencyRepository.sha256(r.hash() + "|" + f.hash());
            double dropout = r.degraded() ? job.degradedDropout() : 0;
            rows.add(new StoredCandidate(0, job.id(), r.id(), f.personId(), f.familyRef(), c.log10Lr(), c.loci(),
                    c.excluded(), dropout, hash, true));
        }
        tx.executeWithoutResult(s -> {
            jobs.markSearched(job.id(), taken);
            if (all) {
                candidates.supersedeAll();
            } else {
                candidates.supersede(newRemains, newPersons);
            }
            candidates.insertAll(job.id(), rows);
            jobs.finish(job.id(), done, rows.size(), indexVersions, engine);
            if (!skipped.isEmpty()) {
                jobs.note(job.id(), "families left out: " + String.join("; ", skipped));
            }
            audit.recordAs(job.requestedBy(), AuditAction.UPDATE, "SEARCH_JOB", job.id(),
                    "done: " + done + " comparisons, " + rows.size() + " candidates");
        });
    }

    @Override
    public void destroy() {
        scanner.shutdownNow();
    }

    /** Writes progress to the job record at most every {@value #PROGRESS_MILLIS} ms. */
    private final class Progress implements SearchProgress {

        private final long jobId;
        private long last;

        Progress(long jobId) {
            this.jobId = jobId;
        }

        @Override
        public void update(long done, long total) {
            long now = System.currentTimeMillis();
            if (now - last >= PROGRESS_MILLIS) {
                last = now;
                jobs.progress(jobId, done);
            }
        }

        void update(long done) {
            update(done, 0);
        }
    }
}
