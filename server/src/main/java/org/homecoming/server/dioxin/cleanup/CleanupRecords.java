package org.homecoming.server.dioxin.cleanup;

import java.time.LocalDate;

/**
 * The records of a cleanup as they are entered and listed (one file, since each is a plain value).
 *
 * <pre>{@code
 * new CleanupRecords.Excavation("EX-1", "Phase 1", "Pacer Ivy", 1200, LocalDate.of(2020, 3, 2), 2400.0, "SP-1");
 * }</pre>
 */
public final class CleanupRecords {

    private CleanupRecords() {
    }

    /** A phase of the plan and what it plans to excavate, treat and contain (m³) and return to use (ha). */
    public record Phase(String name, LocalDate startsOn, LocalDate endsOn, double excavateM3, double treatM3,
            double containM3, double returnHa) {
    }

    public record Stockpile(String ref, Containment containment, double capacityM3) {
    }

    /** An excavation cell: from which zone (or none), how much, when, its TEQ before digging, where it went. */
    public record Excavation(String ref, String phase, String zone, double volumeM3, LocalDate excavatedOn, Double teq,
            String stockpile) {
    }

    /** A treatment batch; temperature and heating time where they were logged. */
    public record Treatment(String ref, String phase, Technology technology, double volumeM3, LocalDate startedOn,
            LocalDate endedOn, Double maxTemperatureC, Double heatingDays, String stockpile) {
    }

    /** A verification sample of a treated batch; {@code passes} is read against the cleanup target, named. */
    public record Verification(String treatment, String sample, double teq, String tef, LocalDate sampledOn,
            boolean passes, String target, double targetLimit) {
    }

    /** Treated soil released for reuse, with the area returned to use. */
    public record Release(String treatment, double volumeM3, LocalDate releasedOn, double areaHa) {
    }
}
