package org.homecoming.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.kinship.dvi.DviProblem;
import org.homecoming.kinship.dvi.DviResult;
import org.homecoming.kinship.dvi.Identification;
import org.homecoming.kinship.dvi.JointAssignment;
import org.homecoming.kinship.dvi.Pairing;
import org.homecoming.kinship.dvi.PairwiseTable;

/**
 * Renders a DVI result for {@code homecoming dvi}: the JSON object scripts read, or aligned tables.
 *
 * <p>{@code JsonWriter.write(DviReport.json(result, 10))}
 */
final class DviReport {

    private DviReport() {
    }

    /**
     * The JSON contract: pairwise (null = sex-incompatible), joint (best first), marginals,
     * undisputed; then skippedForSex (pairs left out because both sexes are known and differ) and
     * disputed (pairwise-undisputed pairs the joint analysis did not confirm).
     */
    static Map<String, Object> json(DviResult r, int top) {
        Map<String, Object> pairwise = new LinkedHashMap<>();
        for (String v : r.pairwise().victims()) {
            Map<String, Object> row = new LinkedHashMap<>();
            r.pairwise().row(v).forEach(p -> row.put(p.missing(), p.lr().isPresent() ? p.lr().getAsDouble() : null));
            pairwise.put(v, row);
        }
        List<Object> joint = new ArrayList<>();
        for (JointAssignment a : best(r, top)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("assignment", a.assignment());
            row.put("logLikelihood", a.logLikelihood());
            row.put("lr", a.lr());
            row.put("posterior", a.posterior());
            joint.add(row);
        }
        List<Object> skipped = new ArrayList<>();
        for (Pairing p : r.pairwise().skippedForSex()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("victim", p.victim());
            row.put("missing", p.missing());
            skipped.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pairwise", pairwise);
        out.put("joint", joint);
        out.put("marginals", r.marginals());
        out.put("undisputed", identifications(r.undisputed()));
        out.put("skippedForSex", skipped);
        out.put("disputed", identifications(r.disputed()));
        return out;
    }

    private static List<Object> identifications(List<Identification> ids) {
        List<Object> out = new ArrayList<>();
        for (Identification id : ids) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("victim", id.victim());
            row.put("missing", id.missing());
            row.put("lr", id.lr());
            out.add(row);
        }
        return out;
    }

    /** The tables: pairwise matrix, exclusions, best joint assignments, marginals, undisputed. */
    static String text(String file, DviProblem p, DviResult r, int top) {
        PairwiseTable t = r.pairwise();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "DVI analysis of %s: %d victims, %d reference families, %d missing persons,"
                + " %d loci%n", file, t.victims().size(), p.families().size(), t.missing().size(), p.loci().size()));
        sb.append("\nPairwise LR (victim = missing person vs unrelated; - = sex-incompatible)\n");
        sb.append(matrix(t));
        List<Pairing> skipped = t.skippedForSex();
        sb.append(String.format(Locale.ROOT, "%nSkipped for sex (both sexes known and different; unknown sex pairs"
                + " with either): %s%n", skipped.isEmpty() ? "none" : skipped.size()));
        if (!skipped.isEmpty()) {
            TableWriter w = new TableWriter("Victim", "Missing");
            skipped.forEach(x -> w.row(x.victim(), x.missing()));
            sb.append(w.render());
        }
        List<Pairing> excluded = t.excluded();
        sb.append(String.format(Locale.ROOT, "%nExclusions (more than %d markers incompatible without mutation): %s%n",
                p.options().maxIncompatible(), excluded.isEmpty() ? "none" : excluded.size()));
        if (!excluded.isEmpty()) {
            TableWriter e = new TableWriter("Victim", "Missing", "Markers");
            excluded.forEach(x -> e.row(x.victim(), x.missing(), String.join(" ", x.incompatibleMarkers())));
            sb.append(e.render());
        }
        List<JointAssignment> best = best(r, top);
        sb.append(String.format(Locale.ROOT, "%nJoint assignments (best %d of %d; * = not identified;"
                + " LR of the whole assignment against nobody identified; posterior under a flat prior%s)%n",
                best.size(), r.joint().assignments().size(), fixedNote(r)));
        sb.append(joint(r, best));
        sb.append("\nMarginal posterior per victim\n");
        sb.append(marginals(r));
        sb.append(undisputed(r, p.options().threshold()));
        if (!r.disputed().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nUndisputed pairwise but not confirmed by the joint analysis"
                    + " (e.g. its mutation policy drops a model the pair needs): %d%n", r.disputed().size()));
            TableWriter w = new TableWriter("Victim", "Missing", "Family", "Pairwise LR");
            r.disputed().forEach(id -> w.row(id.victim(), id.missing(), id.family(), number(id.lr())));
            sb.append(w.render());
        }
        return sb.toString();
    }

    /** Says which matches the enumeration fixed, so that posteriors read as conditional on them. */
    private static String fixedNote(DviResult r) {
        List<Identification> fixed = r.joint().fixed();
        if (fixed.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        fixed.forEach(id -> pairs.add(id.victim() + " = " + id.missing()));
        return "; undisputed matches fixed first, posteriors given " + String.join(", ", pairs);
    }

    private static List<JointAssignment> best(DviResult r, int top) {
        List<JointAssignment> all = r.joint().assignments();
        return all.subList(0, Math.min(top, all.size()));
    }

    private static String matrix(PairwiseTable t) {
        List<String> header = new ArrayList<>(List.of("Victim"));
        header.addAll(t.missing());
        TableWriter w = new TableWriter(header.toArray(String[]::new));
        for (String v : t.victims()) {
            List<Object> cells = new ArrayList<>(List.of(v));
            t.row(v).forEach(p -> cells.add(p.lr().isPresent() ? number(p.lr().getAsDouble()) : "-"));
            w.row(cells.toArray());
        }
        return w.render();
    }

    private static String joint(DviResult r, List<JointAssignment> best) {
        List<String> header = new ArrayList<>(List.of("#"));
        header.addAll(r.joint().victims());
        header.addAll(List.of("logLik", "LR", "Posterior"));
        TableWriter w = new TableWriter(header.toArray(String[]::new));
        for (int k = 0; k < best.size(); k++) {
            JointAssignment a = best.get(k);
            List<Object> cells = new ArrayList<>(List.of(k + 1));
            cells.addAll(a.values());
            cells.addAll(List.of(String.format(Locale.ROOT, "%.4f", a.logLikelihood()), number(a.lr()),
                    String.format(Locale.ROOT, "%.6f", a.posterior())));
            w.row(cells.toArray());
        }
        return w.render();
    }

    private static String marginals(DviResult r) {
        List<String> header = new ArrayList<>(List.of("Victim"));
        header.addAll(r.joint().missing());
        header.add(DviProblem.NOT_IDENTIFIED);
        TableWriter w = new TableWriter(header.toArray(String[]::new));
        r.marginals().forEach((v, row) -> {
            List<Object> cells = new ArrayList<>(List.of(v));
            row.values().forEach(x -> cells.add(String.format(Locale.ROOT, "%.6f", x)));
            w.row(cells.toArray());
        });
        return w.render();
    }

    private static String undisputed(DviResult r, double threshold) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nUndisputed identifications (LR >= %s,"
                + " at least that factor above every rival): %s%n", number(threshold),
                r.undisputed().isEmpty() ? "none" : r.undisputed().size()));
        if (!r.undisputed().isEmpty()) {
            TableWriter w = new TableWriter("Victim", "Missing", "Family", "Step", "LR", "Verbal");
            for (Identification id : r.undisputed()) {
                w.row(id.victim(), id.missing(), id.family(), id.step(), number(id.lr()),
                        VerbalScale.describe(id.lr(), id.victim() + " = " + id.missing(), "unrelated"));
            }
            sb.append(w.render());
        }
        return sb.toString();
    }

    /** Four significant digits, plain between 0.001 and 10^6. */
    static String number(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x == 0 ? "0" : String.valueOf(x);
        }
        double a = Math.abs(x);
        return a >= 1e-3 && a < 1e6 ? new java.math.BigDecimal(x).round(new java.math.MathContext(4))
                .stripTrailingZeros().toPlainString() : String.format(Locale.ROOT, "%.3e", x);
    }
}
