package org.homecoming.server.dioxin.cleanup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.dioxin.ThresholdClassification;
import org.homecoming.dioxin.ThresholdPurpose;
import org.homecoming.dioxin.ThresholdSets;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a site's cleanup and computes its progress against the plan.
 *
 * <pre>{@code
 * cleanup.record("BIEN_HOA", CleanupService.Kind.EXCAVATIONS, Map.of("ref", "EX-1", "phase", "Phase 1", ...));
 * Progress p = cleanup.of("BIEN_HOA").progress();
 * }</pre>
 *
 * <p>Rules: every record names a phase, stockpile, zone or batch of its own site; a verification passes when its
 * TEQ is below the cleanup target in force on its date for treated soil (the target named, never typed in); a
 * batch may be released for reuse only when it has ended, is not a containment, has at least one verification
 * and all of them pass, and only up to its volume. Treated volume counts batches that have ended.
 */
@Service
public class CleanupService {

    static final String ENTITY = "DIOXIN_CLEANUP";
    static final String TREATED_SOIL = "TREATED_SOIL";

    /** The kinds of record, as the API and the forms name them. */
    public enum Kind {
        PLAN, STOCKPILES, EXCAVATIONS, TREATMENTS, VERIFICATIONS, RELEASES;

        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(s)) {
                    return k;
                }
            }
            throw new NotFoundException("cleanup record kind", s);
        }
    }

    private final CleanupRepository repository;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final ThresholdSets thresholds = ThresholdSets.standard();

    CleanupService(CleanupRepository repository, CurrentUsers users, AuditLog audit) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
    }

    /** Records one record of {@code kind} from its fields; returns its reference (or phase name). */
    @Transactional
    public String record(String site, Kind kind, Map<String, String> fields) {
        CurrentUser u = users.get();
        long siteId = repository.siteId(site).orElseThrow(() -> new NotFoundException("dioxin site", site));
        CleanupRepository.By by = new CleanupRepository.By(u.side(), u.username(), OffsetDateTime.now());
        CleanupInput in = new CleanupInput(fields);
        String ref = switch (kind) {
            case PLAN -> phase(siteId, in, by);
            case STOCKPILES -> stockpile(siteId, in, by);
            case EXCAVATIONS -> excavation(siteId, in, by);
            case TREATMENTS -> treatment(siteId, in, by);
            case VERIFICATIONS -> verification(siteId, in, by);
            case RELEASES -> release(siteId, in, by);
        };
        audit.record(AuditAction.CREATE, ENTITY, site, kind.name().toLowerCase(java.util.Locale.ROOT) + " " + ref);
        return ref;
    }

    private String phase(long siteId, CleanupInput in, CleanupRepository.By by) {
        CleanupRecords.Phase p = new CleanupRecords.Phase(in.text("phase"), in.date("startsOn"), in.date("endsOn"),
                in.nonNegative("excavateM3"), in.nonNegative("treatM3"), in.nonNegative("containM3"), in.nonNegative("returnHa"));
        if (p.endsOn().isBefore(p.startsOn())) {
            throw new IllegalArgumentException("endsOn: " + p.endsOn() + " is before the start, " + p.startsOn());
        }
        if (repository.phaseId(siteId, p.name()).isPresent()) {
            throw new ConflictException("phase " + p.name() + " is already planned");
        }
        repository.insertPhase(siteId, p, by);
        return p.name();
    }

    private String stockpile(long siteId, CleanupInput in, CleanupRepository.By by) {
        CleanupRecords.Stockpile s = new CleanupRecords.Stockpile(fresh(in.text("ref"), "stockpile"),
                Containment.parse(in.text("containment")), in.positive("capacityM3"));
        repository.insertStockpile(siteId, s, by);
        return s.ref();
    }

    private String excavation(long siteId, CleanupInput in, CleanupRepository.By by) {
        CleanupRecords.Excavation e = new CleanupRecords.Excavation(fresh(in.text("ref"), "excavation"), in.text("phase"),
                in.optionalText("zone"), in.positive("volumeM3"), in.date("excavatedOn"), in.optionalNonNegative("teq"),
                in.optionalText("stockpile"));
        long phase = phaseOf(siteId, e.phase());
        Long zone = e.zone() == null ? null : repository.zoneId(siteId, e.zone())
                .orElseThrow(() -> new IllegalArgumentException("zone: no zone " + e.zone() + " at this site"));
        repository.insertExcavation(siteId, phase, zone, stockpileOf(siteId, e.stockpile()), e, by);
        return e.ref();
    }

    private String treatment(long siteId, CleanupInput in, CleanupRepository.By by) {
        CleanupRecords.Treatment t = new CleanupRecords.Treatment(fresh(in.text("ref"), "treatment"), in.text("phase"),
                Technology.parse(in.text("technology")), in.positive("volumeM3"), in.date("startedOn"),
                in.optionalDate("endedOn"), in.optionalNonNegative("maxTemperatureC"), in.optionalNonNegative("heatingDays"),
                in.optionalText("stockpile"));
        if (t.endedOn() != null && t.endedOn().isBefore(t.startedOn())) {
            throw new IllegalArgumentException("endedOn: " + t.endedOn() + " is before the start, " + t.startedOn());
        }
        if (t.maxTemperatureC() != null && t.maxTemperatureC() > 1500) {
            throw new IllegalArgumentException("maxTemperatureC: " + t.maxTemperatureC() + " °C is beyond any soil treatment");
        }
        repository.insertTreatment(siteId, phaseOf(siteId, t.phase()), stockpileOf(siteId, t.stockpile()), t, by);
        return t.ref();
    }

    private String verification(long siteId, CleanupInput in, CleanupRepository.By by) {
        String treatment = in.text("treatment");
        long id = treatmentOf(siteId, treatment);
        String sample = fresh(in.text("sample"), "verification");
        double teq = in.nonNegative("teq");
        TefSchemeId tef = TefSchemeId.parse(in.text("tef"));
        LocalDate on = in.date("sampledOn");
        ThresholdClassification c = target(teq, on); // refuses a date with no target in force
        // A TEQ is comparable with a target only under the scheme the target was set in.
        if (c.threshold().tefScheme().isPresent() && c.threshold().tefScheme().get() != tef) {
            throw new IllegalArgumentException("tef: " + c.threshold().name() + " is set under "
                    + c.threshold().tefScheme().get().title() + "; give the TEQ under it, not " + tef.title());
        }
        repository.insertVerification(id, sample, teq, tef.code(), on, by);
        return sample;
    }

    private String release(long siteId, CleanupInput in, CleanupRepository.By by) {
        CleanupRecords.Release r = new CleanupRecords.Release(in.text("treatment"), in.positive("volumeM3"),
                in.date("releasedOn"), in.nonNegative("areaHa"));
        long id = treatmentOf(siteId, r.treatment());
        CleanupRepository.TreatmentState t = repository.treatment(id);
        if (t.technology().contains()) {
            throw new IllegalArgumentException("treatment: " + r.treatment() + " is a containment; contained soil is not released");
        }
        if (t.endedOn() == null || r.releasedOn().isBefore(t.endedOn())) {
            throw new IllegalArgumentException("releasedOn: batch " + r.treatment() + " has not ended by " + r.releasedOn());
        }
        List<CleanupRepository.StoredVerification> checks = repository.verificationsOf(id);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("treatment: batch " + r.treatment() + " has no verification sample yet");
        }
        for (CleanupRepository.StoredVerification v : checks) {
            ThresholdClassification c = target(v.teq(), v.sampledOn());
            if (!passes(c)) {
                throw new IllegalArgumentException("treatment: batch " + r.treatment() + " is held: verification sample "
                        + v.sample() + " has " + v.teq() + " pg/g TEQ, not below " + c.threshold().name() + " ("
                        + c.threshold().limit() + " pg/g)");
            }
        }
        if (t.releasedM3() + r.volumeM3() > t.volumeM3() + 1e-9) {
            throw new IllegalArgumentException("volumeM3: " + r.volumeM3() + " m³ would release more than batch "
                    + r.treatment() + " holds (" + t.volumeM3() + " m³, " + t.releasedM3() + " m³ released already)");
        }
        repository.insertRelease(id, r, by);
        return r.treatment();
    }

    /** The site's cleanup as recorded, and its progress. */
    @Transactional(readOnly = true)
    public Cleanup of(String site) {
        long siteId = repository.siteId(site).orElseThrow(() -> new NotFoundException("dioxin site", site));
        List<CleanupRecords.Phase> phases = repository.phases(siteId);
        List<CleanupRecords.Excavation> excavations = repository.excavations(siteId);
        List<CleanupRecords.Treatment> treatments = repository.treatments(siteId);
        List<CleanupRecords.Verification> verifications = repository.verifications(siteId).stream().map(v -> {
            ThresholdClassification c = target(v.teq(), v.sampledOn());
            return new CleanupRecords.Verification(v.treatment(), v.sample(), v.teq(), v.tef(), v.sampledOn(), passes(c),
                    c.threshold().name(), c.threshold().limit());
        }).toList();
        List<CleanupRecords.Release> releases = repository.releases(siteId);
        return new Cleanup(site, phases, repository.stockpiles(siteId), excavations, treatments, verifications, releases,
                progress(phases, excavations, treatments, verifications, releases));
    }

    static Progress progress(List<CleanupRecords.Phase> phases, List<CleanupRecords.Excavation> excavations,
            List<CleanupRecords.Treatment> treatments, List<CleanupRecords.Verification> verifications,
            List<CleanupRecords.Release> releases) {
        Map<String, String> phaseOfBatch = new java.util.HashMap<>();
        treatments.forEach(t -> phaseOfBatch.put(t.ref(), t.phase()));
        List<Progress.Phase> rows = new ArrayList<>();
        for (CleanupRecords.Phase p : phases) {
            rows.add(figures(p.name(), List.of(p), excavations, treatments, verifications, releases,
                    e -> p.name().equals(phaseOfBatch.get(e))));
        }
        Progress.Phase total = figures(null, phases, excavations, treatments, verifications, releases, e -> true);
        return new Progress(rows, total, months(excavations, treatments, releases));
    }

    private static Progress.Phase figures(String name, List<CleanupRecords.Phase> plan,
            List<CleanupRecords.Excavation> excavations, List<CleanupRecords.Treatment> treatments,
            List<CleanupRecords.Verification> verifications, List<CleanupRecords.Release> releases,
            Predicate<String> batchInPhase) {
        Predicate<String> phase = p -> name == null || name.equals(p);
        double excavated = excavations.stream().filter(e -> phase.test(e.phase())).mapToDouble(CleanupRecords.Excavation::volumeM3).sum();
        double treated = treatments.stream().filter(t -> phase.test(t.phase()) && t.endedOn() != null && !t.technology().contains())
                .mapToDouble(CleanupRecords.Treatment::volumeM3).sum();
        double contained = treatments.stream().filter(t -> phase.test(t.phase()) && t.technology().contains())
                .mapToDouble(CleanupRecords.Treatment::volumeM3).sum();
        double released = releases.stream().filter(r -> batchInPhase.test(r.treatment())).mapToDouble(CleanupRecords.Release::volumeM3).sum();
        double returned = releases.stream().filter(r -> batchInPhase.test(r.treatment())).mapToDouble(CleanupRecords.Release::areaHa).sum();
        int passed = (int) verifications.stream().filter(v -> batchInPhase.test(v.treatment()) && v.passes()).count();
        int failed = (int) verifications.stream().filter(v -> batchInPhase.test(v.treatment()) && !v.passes()).count();
        return new Progress.Phase(name, plan.stream().mapToDouble(CleanupRecords.Phase::excavateM3).sum(),
                plan.stream().mapToDouble(CleanupRecords.Phase::treatM3).sum(),
                plan.stream().mapToDouble(CleanupRecords.Phase::containM3).sum(),
                plan.stream().mapToDouble(CleanupRecords.Phase::returnHa).sum(),
                excavated, treated, contained, released, returned, passed, failed);
    }

    /** Cumulative volumes at the end of each month in which something happened. */
    private static List<Progress.Month> months(List<CleanupRecords.Excavation> excavations,
            List<CleanupRecords.Treatment> treatments, List<CleanupRecords.Release> releases) {
        TreeMap<YearMonth, double[]> by = new TreeMap<>();
        excavations.forEach(e -> by.computeIfAbsent(YearMonth.from(e.excavatedOn()), k -> new double[3])[0] += e.volumeM3());
        treatments.stream().filter(t -> t.endedOn() != null)
                .forEach(t -> by.computeIfAbsent(YearMonth.from(t.endedOn()), k -> new double[3])[1] += t.volumeM3());
        releases.forEach(r -> by.computeIfAbsent(YearMonth.from(r.releasedOn()), k -> new double[3])[2] += r.volumeM3());
        List<Progress.Month> out = new ArrayList<>();
        double[] sum = new double[3];
        by.forEach((month, v) -> {
            for (int i = 0; i < 3; i++) {
                sum[i] += v[i];
            }
            out.add(new Progress.Month(month.toString(), sum[0], sum[1], sum[2]));
        });
        return out;
    }

    /** The cleanup target for treated soil in force on {@code on}, and whether {@code teq} exceeds it. */
    private ThresholdClassification target(double teq, LocalDate on) {
        return thresholds.classify(teq, "ANY", on, TREATED_SOIL).stream()
                .filter(c -> c.threshold().purpose() == ThresholdPurpose.CLEANUP_TARGET)
                .min(java.util.Comparator.comparingDouble(c -> c.threshold().limit()))
                .orElseThrow(() -> new IllegalArgumentException("sampledOn: no cleanup target for treated soil is in force on " + on));
    }

    /**
     * Treated soil must test below the target (the threshold file's own words), so a TEQ equal to it fails; a
     * limit being exceeded ({@link ThresholdClassification#exceeds()}) is the other reading, for land limits.
     */
    private static boolean passes(ThresholdClassification c) {
        return c.teq() < c.threshold().limit();
    }

    private String fresh(String ref, String table) {
        if (repository.refTaken(table, ref)) {
            throw new ConflictException(table + " " + ref + " is already recorded");
        }
        return ref;
    }

    private long phaseOf(long siteId, String phase) {
        return repository.phaseId(siteId, phase)
                .orElseThrow(() -> new IllegalArgumentException("phase: no phase " + phase + " in this site's plan"));
    }

    private Long stockpileOf(long siteId, String ref) {
        return ref == null ? null : repository.stockpileId(siteId, ref)
                .orElseThrow(() -> new IllegalArgumentException("stockpile: no stockpile " + ref + " at this site"));
    }

    private long treatmentOf(long siteId, String ref) {
        return repository.treatmentId(siteId, ref)
                .orElseThrow(() -> new IllegalArgumentException("treatment: no treatment batch " + ref + " at this site"));
    }
}
