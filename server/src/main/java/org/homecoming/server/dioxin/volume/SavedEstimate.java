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
}
