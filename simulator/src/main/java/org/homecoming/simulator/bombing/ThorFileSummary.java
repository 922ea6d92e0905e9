package org.homecoming.simulator.bombing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a synthetic THOR file holds: its data rows, the good ones, and the bad ones by the reason an importer
 * should give (the names of the server's rejection reasons).
 *
 * <pre>{@code
 * ThorFileSummary s = ThorFileSimulator.write(file, 1000, 7, 0.05);
 * s.bad(); // {"MISSING_DATE": 9, ...}
 * }</pre>
 */
public record ThorFileSummary(long rows, long good, Map<String, Long> bad) {

    public ThorFileSummary {
        bad = Collections.unmodifiableMap(new LinkedHashMap<>(bad));
    }
}
