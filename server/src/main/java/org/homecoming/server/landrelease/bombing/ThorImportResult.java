package org.homecoming.server.landrelease.bombing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one import of a THOR file did: rows stored, rows already there, rows rejected by reason with the
 * first examples. Its JSON is the answer of {@code POST /api/v1/bombing/imports} and {@code thor import}.
 *
 * <pre>{@code
 * {"imported":4,"duplicates":0,"rejected":{"MISSING_DATE":1},"examples":[...],"importId":7,"sha256":"..."}
 * }</pre>
 */
public record ThorImportResult(long imported, long duplicates, Map<String, Long> rejected, List<RejectedRow> examples,
        long importId, String sha256) {

    public ThorImportResult {
        rejected = Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
        examples = List.copyOf(examples);
    }
}
