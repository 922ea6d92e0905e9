package org.homecoming.server.dioxin.volume;

import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.TefSchemeId;

/**
 * What a user asks to estimate: a site's volume above a threshold (pg/g TEQ) under a TEF scheme and non-detect
 * bound, from one campaign or all ({@code null}), on cells of a given size or the default ({@code null}).
 *
 * <pre>{@code
 * new VolumeRequest("BIEN_HOA", 1000, TefSchemeId.WHO_2005, NonDetectBound.UPPER, null, null);
 * }</pre>
 */
public record VolumeRequest(String site, double thresholdPgPerG, TefSchemeId scheme, NonDetectBound bound,
        Double cellSizeM, String campaign) {

    public VolumeRequest {
        if (!(thresholdPgPerG > 0) || !Double.isFinite(thresholdPgPerG)) {
            throw new IllegalArgumentException("threshold: must be a positive TEQ in pg/g: " + thresholdPgPerG);
        }
        if (cellSizeM != null && !(cellSizeM > 0)) {
            throw new IllegalArgumentException("cell: must be a positive size in metres: " + cellSizeM);
        }
        if (scheme == null || bound == null) {
            throw new IllegalArgumentException("tef and bound must be given");
        }
    }
}
