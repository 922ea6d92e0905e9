package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The answer of {@code GET /api/v1/land-release/summary}: m² released by method, destroyed ordnance by
 * category (only categories with at least one item, in {@code DeviceCategory} order), and casualties.
 *
 * <pre>{@code
 * {"cancelledM2":11000.00,"reducedM2":4600.00,"clearedM2":800.00,
 *  "ordnanceDestroyed":{"UXO_BOMB":6},"casualties":{"killed":2,"injured":2}}
 * }</pre>
 */
public record LandReleaseSummary(BigDecimal cancelledM2, BigDecimal reducedM2, BigDecimal clearedM2,
        Map<String, Long> ordnanceDestroyed, Casualties casualties) {

    /** Victims of accidents by outcome. */
    public record Casualties(long killed, long injured) {
    }
}
