package org.homecoming.server.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import would do: the rows read per file and every problem found. Nothing is written
 * while {@code problems} is not empty.
 *
 * <pre>{@code
 * ImportPreview p = imports.preview(dir);
 * p.ok(); // false: see p.problems(), e.g. "remains.csv:9: site_id: unknown site 'S-000077'"
 * }</pre>
 */
public record ImportPreview(Map<String, Integer> rows, List<String> problems, boolean truncated) {

    public ImportPreview {
        rows = Map.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
