package org.homecoming.server.cooperation.iati;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.homecoming.server.cooperation.IatiActivity;

/**
 * Compares the other side's activities with the stored ones so that nothing is duplicated silently. Each incoming
 * activity is NEW (unknown identifier), SAME (every field the file carries equal), CHANGED (the fields that differ
 * listed), OURS (the identifier is one of this side's own activities, which the other side's file never overwrites),
 * or POSSIBLE_DUPLICATE (a new identifier whose English title, letters and digits only, and planned start equal a stored
 * activity's). An identifier twice in the file refuses the file.
 *
 * <pre>{@code
 * IatiReconciliation.Report r = IatiReconciliation.of(stored, origins, theirs, "us.xml");
 * }</pre>
 */
public final class IatiReconciliation {

    private IatiReconciliation() {
    }

    /** What becomes of one incoming activity. */
    public enum Outcome {
        NEW, SAME, CHANGED, OURS, POSSIBLE_DUPLICATE
    }

    /** One incoming activity's outcome, the fields that changed, and the stored activity it resembles. */
    public record Line(String identifier, String title, Outcome outcome, List<String> changed, String resembles) {
        public Line {
            changed = List.copyOf(changed);
        }
    }

    /** The outcome of every incoming activity, in the file's order. */
    public record Report(String file, List<Line> lines) {
        public Report {
            lines = List.copyOf(lines);
        }

        public long count(Outcome o) {
            return lines.stream().filter(l -> l.outcome() == o).count();
        }
    }

    /**
     * {@code stored}: every stored activity; {@code own}: the identifiers this side recorded itself; {@code incoming}:
     * the file's activities.
     */
    public static Report of(List<IatiActivity> stored, Set<String> own, List<IatiActivity> incoming, String file) {
        Set<String> seen = new HashSet<>();
        for (IatiActivity a : incoming) {
            if (!seen.add(a.identifier())) {
                throw new IllegalArgumentException(file + ": iati-identifier " + a.identifier() + " appears twice");
            }
        }
        Map<String, IatiActivity> byId = new java.util.HashMap<>();
        stored.forEach(a -> byId.put(a.identifier(), a));
        List<Line> lines = new ArrayList<>();
        for (IatiActivity a : incoming) {
            IatiActivity s = byId.get(a.identifier());
            if (s == null) {
                String resembles = stored.stream().filter(x -> key(x).equals(key(a))).map(IatiActivity::identifier)
                        .findFirst().orElse(null);
                lines.add(new Line(a.identifier(), a.titleEn(), resembles == null ? Outcome.NEW : Outcome.POSSIBLE_DUPLICATE,
                        List.of(), resembles));
            } else if (own.contains(a.identifier())) {
                lines.add(new Line(a.identifier(), a.titleEn(), Outcome.OURS, List.of(), null));
            } else {
                List<String> changed = changed(s, a);
                lines.add(new Line(a.identifier(), a.titleEn(), changed.isEmpty() ? Outcome.SAME : Outcome.CHANGED, changed,
                        null));
            }
        }
        return new Report(file, lines);
    }

    /** The fields an IATI file carries that differ (the memorandum's area and results are not compared). */
    static List<String> changed(IatiActivity a, IatiActivity b) {
        List<String> out = new ArrayList<>();
        compare(out, "reportingOrg", a, b, IatiActivity::reportingOrg);
        compare(out, "titleEn", a, b, IatiActivity::titleEn);
        compare(out, "titleVi", a, b, IatiActivity::titleVi);
        compare(out, "descriptionEn", a, b, IatiActivity::descriptionEn);
        compare(out, "descriptionVi", a, b, IatiActivity::descriptionVi);
        compare(out, "participants", a, b, IatiActivity::participants);
        compare(out, "status", a, b, IatiActivity::status);
        compare(out, "plannedStart", a, b, IatiActivity::plannedStart);
        compare(out, "actualStart", a, b, IatiActivity::actualStart);
        compare(out, "plannedEnd", a, b, IatiActivity::plannedEnd);
        compare(out, "actualEnd", a, b, IatiActivity::actualEnd);
        compare(out, "province", a, b, IatiActivity::province);
        compare(out, "provinceBefore", a, b, IatiActivity::provinceBefore);
        compare(out, "sectorCode", a, b, IatiActivity::sectorCode);
        compareAmounts(out, "budgets", a.budgets().stream().map(x -> List.of(x.periodStart(), x.periodEnd(),
                x.value().stripTrailingZeros(), x.currency())).toList(), b.budgets().stream().map(x -> List.of(x.periodStart(),
                x.periodEnd(), x.value().stripTrailingZeros(), x.currency())).toList());
        compareAmounts(out, "transactions", a.transactions().stream().map(IatiReconciliation::transaction).toList(),
                b.transactions().stream().map(IatiReconciliation::transaction).toList());
        compare(out, "related", a, b, IatiActivity::related);
        compare(out, "documents", a, b, IatiActivity::documents);
        return out;
    }

    private static List<Object> transaction(IatiActivity.Transaction t) {
        return java.util.Arrays.asList(t.type(), t.date(), t.value().stripTrailingZeros(), t.currency(), t.provider(),
                t.receiver());
    }

    private static void compareAmounts(List<String> out, String field, List<?> a, List<?> b) {
        if (!a.equals(b)) {
            out.add(field);
        }
    }

    private static void compare(List<String> out, String field, IatiActivity a, IatiActivity b,
            Function<IatiActivity, ?> get) {
        if (!Objects.equals(get.apply(a), get.apply(b))) {
            out.add(field);
        }
    }

    /** The English title folded to letters and digits, and the planned start: what two records of one activity share. */
    private static String key(IatiActivity a) {
        String t = a.titleEn() == null ? "" : Normalizer.normalize(a.titleEn(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return t + "|" + a.plannedStart();
    }
}
