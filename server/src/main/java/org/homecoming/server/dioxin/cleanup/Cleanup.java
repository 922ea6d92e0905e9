package org.homecoming.server.dioxin.cleanup;

import java.util.List;

/**
 * Everything recorded about a site's cleanup, and the progress computed from exactly these rows.
 *
 * <pre>{@code
 * Cleanup c = cleanup.of("BIEN_HOA");
 * c.progress().total().releasedM3();
 * }</pre>
 */
public record Cleanup(String site, List<CleanupRecords.Phase> phases, List<CleanupRecords.Stockpile> stockpiles,
        List<CleanupRecords.Excavation> excavations, List<CleanupRecords.Treatment> treatments,
        List<CleanupRecords.Verification> verifications, List<CleanupRecords.Release> releases, Progress progress) {
}
