package org.homecoming.server.landrelease.bombing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rejected rows of one import, kept small: a count per reason and the first
 * {@link #EXAMPLES_PER_REASON} examples of each, never the rows themselves (a file may reject millions).
 *
 * <pre>{@code
 * Rejections r = new Rejections();
 * r.reject(RejectionReason.OUTSIDE_COUNTRY, 7, "TGTLATDD_DDD_WGS84", "51.5");
 * r.counts(); // {OUTSIDE_COUNTRY=1}
 * }</pre>
 */
public final class Rejections {

    static final int EXAMPLES_PER_REASON = 3;

    private final Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
    private final List<RejectedRow> examples = new ArrayList<>();

    public void reject(RejectionReason reason, long line, String field, String value) {
        long seen = counts.merge(reason, 1L, Long::sum);
        if (seen <= EXAMPLES_PER_REASON) {
            examples.add(new RejectedRow(line, field, value, reason));
        }
    }

    /** Rows rejected for each reason seen, in the order of {@link RejectionReason}. */
    public Map<String, Long> counts() {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((reason, n) -> byName.put(reason.name(), n));
        return byName;
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The first examples of each reason, in the order they were met. */
    public List<RejectedRow> examples() {
        return List.copyOf(examples);
    }
}
