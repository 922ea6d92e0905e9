package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.homecoming.server.landrelease.DeviceCategory;
import org.springframework.stereotype.Component;

/**
 * Builds the five dashboard tables from the figures' contributions: area released by method per year,
 * ordnance destroyed by category, casualties by year, risk-education beneficiaries by year and group, and
 * remaining contamination by province.
 *
 * <pre>{@code
 * SummaryTable t = tables.table("released", "Quảng Trị", 2024);
 * }</pre>
 */
@Component
class SummaryTables {

    /** The names a request may ask for, in the order the page shows them. */
    static final List<String> NAMES = List.of("released", "ordnance", "casualties", "education", "remaining");
    static final String UNKNOWN_PROVINCE = "?";

    private static final int AREA = 2;
    private static final int HECTARES = 4;
    private static final int EXACT_HECTARES = 6;
    private static final int COUNT = 0;

    private final LandReleaseFigures figures;

    SummaryTables(LandReleaseFigures figures) {
        this.figures = figures;
    }

    SummaryTable table(String name, String province, Integer year) {
        return switch (name == null ? "" : name) {
            case "released" -> released(province, year);
            case "ordnance" -> ordnance(province, year);
            case "casualties" -> byYear("casualties", figures.contributions(Figure.CASUALTIES, province, year),
                    List.of("KILLED", "INJURED"));
            case "education" -> byYear("education", figures.contributions(Figure.EDUCATION, province, year),
                    List.of("GIRLS", "BOYS", "WOMEN", "MEN"));
            case "remaining" -> remaining(province);
            default -> throw new IllegalArgumentException("table: unknown \"" + name + "\"");
        };
    }

    private SummaryTable released(String province, Integer year) {
        Map<String, Map<String, BigDecimal>> byYear = sums(figures.contributions(Figure.CLEARED, province, year),
                c -> String.valueOf(c.year()));
        List<SummaryTable.Column> columns = new ArrayList<>(List.of(new SummaryTable.Column("summary.col.year", COUNT, "")));
        List<String> methods = List.of("CANCELLED", "REDUCED", "CLEARED");
        for (String m : methods) {
            columns.add(new SummaryTable.Column("summary.col." + m + ".m2", AREA, m.toLowerCase(Locale.ROOT)));
            columns.add(new SummaryTable.Column("summary.col." + m + ".ha", HECTARES, m.toLowerCase(Locale.ROOT)));
        }
        List<SummaryTable.Row> rows = new ArrayList<>();
        byYear.forEach((y, sums) -> {
            List<BigDecimal> values = new ArrayList<>();
            for (String m : methods) {
                BigDecimal m2 = sums.getOrDefault(m, BigDecimal.ZERO.setScale(AREA));
                values.add(m2);
                values.add(hectares(m2));
            }
            rows.add(new SummaryTable.Row(y, values));
        });
        return new SummaryTable("released", columns, "", true, rows);
    }

    private SummaryTable ordnance(String province, Integer year) {
        Map<String, BigDecimal> byCategory = new TreeMap<>();
        figures.contributions(Figure.ORDNANCE, province, year)
                .forEach(c -> byCategory.merge(c.group(), c.amount(), BigDecimal::add));
        List<SummaryTable.Row> rows = new ArrayList<>();
        for (DeviceCategory d : DeviceCategory.values()) {
            BigDecimal n = byCategory.remove(d.name());
            if (n != null) {
                rows.add(new SummaryTable.Row(d.name(), List.of(n)));
            }
        }
        byCategory.forEach((category, n) -> rows.add(new SummaryTable.Row(category, List.of(n))));
        return new SummaryTable("ordnance", List.of(new SummaryTable.Column("summary.col.category", COUNT, ""),
                new SummaryTable.Column("summary.col.destroyed", COUNT, "ordnance")), "device", false, rows);
    }

    private SummaryTable byYear(String name, List<Contribution> list, List<String> groups) {
        Map<String, Map<String, BigDecimal>> byYear = sums(list, c -> String.valueOf(c.year()));
        List<SummaryTable.Column> columns = new ArrayList<>(List.of(new SummaryTable.Column("summary.col.year", COUNT, "")));
        groups.forEach(g -> columns.add(new SummaryTable.Column("summary.col." + g, COUNT, name)));
        List<SummaryTable.Row> rows = new ArrayList<>();
        byYear.forEach((y, sums) -> rows.add(new SummaryTable.Row(y,
                groups.stream().map(g -> sums.getOrDefault(g, BigDecimal.ZERO)).toList())));
        return new SummaryTable(name, columns, "", true, rows);
    }

    private SummaryTable remaining(String province) {
        Map<String, Map<String, BigDecimal>> byProvince = sums(figures.contributions(Figure.REMAINING, province, null),
                c -> c.province() == null ? UNKNOWN_PROVINCE : figures.todayOf(c));
        List<SummaryTable.Row> rows = new ArrayList<>();
        byProvince.forEach((p, sums) -> {
            BigDecimal m2 = sums.get(Figure.REMAINING.name());
            rows.add(new SummaryTable.Row(p, List.of(m2, hectares(m2))));
        });
        return new SummaryTable("remaining", List.of(new SummaryTable.Column("summary.col.province", COUNT, ""),
                new SummaryTable.Column("summary.col.REMAINING.m2", AREA, "remaining"),
                new SummaryTable.Column("summary.col.REMAINING.ha", HECTARES, "remaining")), "", false, rows);
    }

    private static Map<String, Map<String, BigDecimal>> sums(List<Contribution> list, Function<Contribution, String> label) {
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (Contribution c : list) {
            sums.computeIfAbsent(label.apply(c), k -> new TreeMap<>()).merge(c.group(), c.amount(), BigDecimal::add);
        }
        return sums;
    }

    /** m² to ha, exactly: an area to 0.01 m² is a whole number of 10⁻⁶ ha. */
    static BigDecimal hectares(BigDecimal m2) {
        return m2.movePointLeft(4).setScale(EXACT_HECTARES);
    }
}
