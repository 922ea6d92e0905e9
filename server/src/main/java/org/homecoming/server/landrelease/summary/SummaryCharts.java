package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Chart.js data of a dashboard table, in the shapes {@code static/js/charts.js} draws: stacked series
 * (one per column, chosen by index) or one bar per row.
 *
 * <pre>{@code
 * SummaryCharts.stacked(table, List.of("KILLED", "INJURED"), 1, 1);  // {"labels":[..],"series":{"KILLED":[..],..}}
 * }</pre>
 */
final class SummaryCharts {

    private SummaryCharts() {
    }

    /** One stacked bar per row; series {@code codes[i]} is column {@code first + i * step} (the label is 0). */
    static Map<String, Object> stacked(SummaryTable table, List<String> codes, int first, int step) {
        List<String> labels = table.rows().stream().map(SummaryTable.Row::label).toList();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            int column = first + i * step;
            series.put(codes.get(i), table.rows().stream().map(r -> r.values().get(column - 1)).toList());
        }
        return Map.of("labels", labels, "series", series);
    }

    /** One bar per row: its (translated) label and the value of one column. */
    static List<Map<String, Object>> bars(SummaryTable table, int column, Map<String, String> labels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SummaryTable.Row r : table.rows()) {
            rows.add(Map.of("label", labels.getOrDefault(r.label(), r.label()), "count", r.values().get(column - 1)));
        }
        return rows;
    }
}
