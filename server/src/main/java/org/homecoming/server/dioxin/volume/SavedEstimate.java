package org.homecoming.server.dioxin.volume;

import java.time.OffsetDateTime;

/**
 * A volume estimate as saved: who saved it and when, its headline figures and every input.
 *
 * <pre>{@code
 * SavedEstimate s = volumes.saved(7);
 * s.volumeM3(); s.inputs().samples().size();
 * }</pre>
 */
public record SavedEstimate(long id, String site, double volumeM3, double lowM3, double highM3, double areaM2,
        int samples, VolumeInputs inputs, String createdBy, OffsetDateTime createdAt) {

    /** Whether a recomputation gives the saved figures (to rounding in the last digits). */
    public boolean reproducedBy(SiteVolume again) {
        return same(volumeM3, again.volumeM3()) && same(lowM3, again.lowM3()) && same(highM3, again.highM3())
                && same(areaM2, again.areaM2());
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
