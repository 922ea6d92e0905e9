package org.homecoming.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.dioxin.TeqFlag;
import org.homecoming.dioxin.TeqResult;

/**
 * The output of {@code homecoming teq}: a table with one row per sample, or one line of JSON
 * ({@code {"samples":[{"id","teq","unit","tef","bound","ndShare","flags":[...],"notInScheme":[...]}]}}).
 *
 * <p>{@code TeqReport.json(List.of(new TeqReport.Row("S1", result)))}
 *
 * <p>Flags are listed in their declared order, so the output does not depend on set iteration order.
 */
final class TeqReport {

    /** One sample's result under its id. */
    record Row(String id, TeqResult result) {
    }

    private TeqReport() {
    }

    static String json(List<Row> rows) {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (Row row : rows) {
            TeqResult r = row.result();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", row.id());
            m.put("teq", r.teq());
            m.put("unit", r.unit());
            m.put("tef", r.scheme().code());
            m.put("bound", r.bound().code());
            m.put("ndShare", r.ndShare());
            m.put("flags", flags(r));
            m.put("notInScheme", r.notInScheme());
            samples.add(m);
        }
        return JsonWriter.write(Map.of("samples", samples));
    }

    static String text(String file, TefSchemeId scheme, NonDetectBound bound, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": TEQ by ").append(scheme.title()).append(" TEFs, non-detects at the ").append(bound.code())
                .append(" bound (lower 0, medium half the limit, upper the limit)\n\n");
        if (rows.isEmpty()) {
            return sb.append("no samples\n").toString();
        }
        TableWriter t = new TableWriter("Sample", "TEQ", "Unit", "Lower", "Medium", "Upper", "ND share", "TCDD share", "Flags");
        for (Row row : rows) {
            TeqResult r = row.result();
            List<String> flags = flags(r);
            t.row(row.id(), f(r.teq()), r.unit(), f(r.lower()), f(r.medium()), f(r.upper()), f(r.ndShare()), f(r.tcddShare()),
                    flags.isEmpty() ? "-" : String.join(" ", flags));
        }
        sb.append(t.render());
        for (Row row : rows) {
            for (String c : row.result().notInScheme()) {
                sb.append("note: ").append(row.id()).append(": ").append(c).append(" has no ").append(scheme.title())
                        .append(" TEF and is left out of the TEQ\n");
            }
        }
        return sb.toString();
    }

    private static List<String> flags(TeqResult r) {
        return r.flags().stream().sorted().map(TeqFlag::name).collect(Collectors.toList());
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
