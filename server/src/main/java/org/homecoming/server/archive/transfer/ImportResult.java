package org.homecoming.server.archive.transfer;

import java.util.List;
import java.util.Map;

/**
 * What an import did: for each record of the package, its action and the decision applied.
 *
 * <pre>{@code
 * result.count("IMPORT"); // 3
 * }</pre>
 */
public record ImportResult(String sha256, List<ImportItem> items, Map<String, String> decisions) {

    public ImportResult {
        items = List.copyOf(items);
        decisions = Map.copyOf(decisions);
    }

    public long count(String decision) {
        return decisions.values().stream().filter(decision::equals).count();
    }
}
