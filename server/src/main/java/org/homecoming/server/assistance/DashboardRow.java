package org.homecoming.server.assistance;

import java.util.List;

/**
 * A row of the assistance dashboard's table: a figure's label in the reader's language and its cells, women then
 * men, by age group.
 *
 * <pre>{@code
 * new DashboardRow("Walking", statistics.block("walking"));
 * }</pre>
 */
public record DashboardRow(String label, List<StatisticsCell> cells) {
}
