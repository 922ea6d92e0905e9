package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps "what to sample next" current for every open family, in the background. Every
 * {@code power-scan-seconds} (and once at start, so a freshly loaded registry is computed at once)
 * it compares each typed family's data fingerprint with the one its stored power was computed from:
 * a family with no power yet, or computed with other settings, is queued; a family whose data have
 * changed is marked stale and queued once its data are unchanged between two scans (a debounce, so
 * a family whose references arrive one by one is computed once). Queued families are computed on
 * the identification worker's background threads, a few at a time; {@link #progress()} says how
 * far the present run is.
 *
 * <pre>{@code
 * job.submitAll("liaison-vn"); // every family again, whatever its state
 * job.progress().percent();
 * }</pre>
 */
@Service
public class FamilyPowerJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FamilyPowerJob.class);
    /** Families read from the database at once: enough to amortise the queries, few enough to start soon. */
    private static final int BATCH = 20;

    private final FamilyPowerService power;
    private final FamilyPowerRepository rows;
    private final GeneticData data;
    private final FrequencyRepository frequencies;
    private final IdentificationSettings settings;
    private final IdentificationWorker worker;
    private final AuditLog audit;
    private final ScheduledExecutorService scanner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "identification-power-scanner");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: queued, being computed, threads draining the queue, the run's progress, changes seen. */
    private final Set<Long> pending = new LinkedHashSet<>();
    private final Set<Long> inFlight = new HashSet<>();
    private int drainers;
    private PowerProgress progress = PowerProgress.none();
    /** Person id → fingerprint of a changed family at the last scan. */
    private Map<Long, String> changedAtLastScan = Map.of();
    /** Person id → fingerprint of data the engine refused: not retried until the data change. */
    private final Map<Long, String> refused = new HashMap<>();

    FamilyPowerJob(FamilyPowerService power, FamilyPowerRepository rows, GeneticData data, FrequencyRepository frequencies,
            IdentificationSettings settings, IdentificationWorker worker, AuditLog audit) {
        this.power = power;
        this.rows = rows;
        this.data = data;
        this.frequencies = frequencies;
        this.settings = settings;
        this.worker = worker;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startScanning() {
        if (settings.powerScanSeconds() > 0) {
            scanner.scheduleWithFixedDelay(this::scanQuietly, 0, settings.powerScanSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Queues every open family with a typed reference, fewest references first, current or not. */
    public void submitAll(String by) {
        audit.recordAs(by, AuditAction.CREATE, "POWER", null, "power of all open families queued");
        queue(typedFamilies().stream().map(FamilyData::personId).toList());
    }

    public PowerProgress progress() {
        synchronized (lock) {
            return progress;
        }
    }

    /** One look for families whose stored power is missing or out of date; see {@link PowerScan}. */
    void scan() {
        FamilyPowerRepository.Basis current = new FamilyPowerRepository.Basis(null, frequencies.active().id(),
                settings.threshold(), settings.powerSimulations(), false);
        Map<Long, String> typed = new LinkedHashMap<>();
        typedFamilies().forEach(f -> typed.put(f.personId(), f.hash()));
        PowerScan s;
        // Under the lock, so that a family the job finishes meanwhile is seen either queued or stored.
        synchronized (lock) {
            s = PowerScan.of(typed, rows.bases(), current, changedAtLastScan, id -> pending.contains(id)
                    || inFlight.contains(id) || typed.get(id).equals(refused.get(id)));
            s.newlyStale().forEach(rows::markStale);
            s.gone().forEach(rows::delete);
            queue(s.due());
            changedAtLastScan = s.changed();
        }
        if (!s.due().isEmpty() || !s.changed().isEmpty()) {
            log.info("power scan: {} families queued ({} of them changed since their power was computed),"
                    + " {} changed and waiting a scan", s.due().size(), s.settled(), s.changed().size());
        }
    }

    /** Open families with a typed reference, fewest references first: the likeliest to be below the threshold. */
    private List<FamilyData> typedFamilies() {
        return data.families(null).stream().filter(FamilyData::typed)
                .sorted(Comparator.comparingInt((FamilyData f) -> f.calls().size()).thenComparingLong(FamilyData::personId))
                .toList();
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException e) {
            log.warn("looking for families whose power is out of date failed: {}", e.toString());
        }
    }

    private void queue(List<Long> ids) {
        synchronized (lock) {
            int before = pending.size();
            ids.stream().filter(id -> !inFlight.contains(id)).forEach(pending::add);
            int added = pending.size() - before;
            if (added == 0) {
                return;
            }
            progress = drainers == 0 ? PowerProgress.none().queued(added, OffsetDateTime.now())
                    : progress.queued(added, OffsetDateTime.now());
            while (drainers < settings.threads()) {
                drainers++;
                worker.submitBackground(this::drain);
            }
        }
    }

    /** Takes batches off the queue until it is empty; the last thread to leave ends the run. */
    private void drain() {
        List<Long> batch = take();
        while (!batch.isEmpty()) {
            try {
                StoredFrequencies db = frequencies.active();
                Map<Long, FamilyData> families = new HashMap<>();
                data.families(batch).forEach(f -> families.put(f.personId(), f));
                for (Long id : batch) {
                    computed(id, compute(families.get(id), id, db));
                }
            } catch (RuntimeException e) {
                log.warn("power of families {} failed: {}", batch, e.toString());
                batch.forEach(id -> computed(id, false));
            }
            batch = take();
        }
    }

    private boolean compute(FamilyData f, long id, StoredFrequencies db) {
        try {
            if (f == null || !f.typed()) {
                rows.delete(id);
            } else {
                power.compute(f, db);
                synchronized (lock) {
                    refused.remove(id);
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            // The engine refuses these data (a pedigree too complex for exact computation): the
            // same data would fail again, so they wait for a change.
            log.warn("power of the family of person {} failed: {}", id, e.getMessage());
            synchronized (lock) {
                refused.put(id, f == null ? "" : f.hash());
            }
            return false;
        } catch (RuntimeException e) {
            log.warn("power of the family of person {} failed: {}", id, e.toString());
            return false;
        }
    }

    private List<Long> take() {
        synchronized (lock) {
            List<Long> batch = new ArrayList<>();
            var it = pending.iterator();
            while (it.hasNext() && batch.size() < BATCH) {
                batch.add(it.next());
                it.remove();
            }
            inFlight.addAll(batch);
            if (batch.isEmpty() && --drainers == 0) {
                progress = progress.finished(OffsetDateTime.now());
                log.info("power of {} families computed in {} s ({} failed)", progress.done(),
                        String.format("%.1f", progress.seconds()), progress.failed());
            }
            return batch;
        }
    }

    private void computed(long id, boolean ok) {
        synchronized (lock) {
            if (inFlight.remove(id)) {
                progress = progress.computed(ok);
            }
        }
    }

    @Override
    public void destroy() {
        scanner.shutdownNow();
    }
}
