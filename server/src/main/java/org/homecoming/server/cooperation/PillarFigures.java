package org.homecoming.server.cooperation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.homecoming.server.archive.ArchiveAccess;
import org.homecoming.server.assistance.AssistanceStatistics;
import org.homecoming.server.dioxin.DioxinService;
import org.homecoming.server.dioxin.DioxinSite;
import org.homecoming.server.dioxin.cleanup.CleanupService;
import org.homecoming.server.landrelease.summary.LandReleaseFigures;
import org.homecoming.server.landrelease.summary.LandReleaseSummary;
import org.homecoming.server.registry.RegistryFigures;
import org.homecoming.server.security.Side;
import org.springframework.stereotype.Component;

/**
 * The actual of a computed indicator, counted by the source pillar's own services — the same figures their pages and
 * APIs show the reader: remains recovered ({@code GET /api/v1/remains} total), persons identified and repatriated,
 * archive documents and artifacts shared with each side and not revoked, hectares released (cancelled, reduced and
 * cleared, {@code GET /api/v1/land-release/summary}), ordnance destroyed, m³ of soil treated (every site's cleanup
 * progress, {@code GET /api/v1/dioxin/sites/{code}/cleanup}), persons assisted ({@code reached} of
 * {@code GET /api/v1/assistance/statistics}, null while suppressed).
 *
 * <pre>{@code
 * BigDecimal ha = figures.actual(IndicatorSource.HECTARES_RELEASED, LocalDate.now());
 * }</pre>
 */
@Component
class PillarFigures {

    private static final BigDecimal M2_PER_HA = BigDecimal.valueOf(10_000);

    private final RegistryFigures registry;
    private final ArchiveAccess archive;
    private final LandReleaseFigures landRelease;
    private final DioxinService dioxin;
    private final CleanupService cleanup;
    private final AssistanceStatistics assistance;

    PillarFigures(RegistryFigures registry, ArchiveAccess archive, LandReleaseFigures landRelease, DioxinService dioxin,
            CleanupService cleanup, AssistanceStatistics assistance) {
        this.registry = registry;
        this.archive = archive;
        this.landRelease = landRelease;
        this.dioxin = dioxin;
        this.cleanup = cleanup;
        this.assistance = assistance;
    }

    /** The source's figure as of {@code asOf} (today's records for every pillar but assistance, which counts consent on that day). */
    BigDecimal actual(IndicatorSource source, LocalDate asOf) {
        return switch (source) {
            case MANUAL -> throw new IllegalArgumentException("a manual indicator has no computed actual");
            case REMAINS_RECOVERED -> BigDecimal.valueOf(registry.remainsRecovered());
            case PERSONS_IDENTIFIED -> BigDecimal.valueOf(registry.identified());
            case PERSONS_REPATRIATED -> BigDecimal.valueOf(registry.repatriated());
            case ARCHIVE_SHARED_WITH_US -> shared(Side.US);
            case ARCHIVE_SHARED_WITH_VN -> shared(Side.VN);
            case HECTARES_RELEASED -> {
                LandReleaseSummary s = landRelease.summary(null, null);
                yield s.cancelledM2().add(s.reducedM2()).add(s.clearedM2()).divide(M2_PER_HA, 2, RoundingMode.HALF_UP);
            }
            case ORDNANCE_DESTROYED -> BigDecimal.valueOf(landRelease.summary(null, null).ordnanceDestroyed().values().stream()
                    .mapToLong(Long::longValue).sum());
            case SOIL_TREATED_M3 -> {
                double m3 = 0;
                for (DioxinSite site : dioxin.sites()) {
                    m3 += cleanup.of(site.code()).progress().total().treatedM3();
                }
                yield BigDecimal.valueOf(m3).setScale(1, RoundingMode.HALF_UP);
            }
            case PERSONS_ASSISTED -> {
                Integer reached = assistance.of(null, null, asOf).reached();
                yield reached == null ? null : BigDecimal.valueOf(reached);
            }
        };
    }

    private BigDecimal shared(Side to) {
        return BigDecimal.valueOf(archive.sharedWith("DOCUMENT", to).size() + archive.sharedWith("ARTIFACT", to).size());
    }
}
