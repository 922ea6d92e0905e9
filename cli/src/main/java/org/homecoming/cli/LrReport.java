package org.homecoming.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homecoming.kinship.io.familias.AddedAllele;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.lr.HypothesisLikelihood;
import org.homecoming.kinship.lr.LikelihoodRatio;
import org.homecoming.kinship.lr.LrResult;

/**
 * The text form of an LR result: the log-likelihood of each hypothesis, the LR of each against the
 * reference per locus and in total, and the total in words (ENFSI scale, {@link VerbalScale}).
 *
 * <p>{@code out.print(LrReport.of("paternity.fam", familiasCase, result))}
 */
final class LrReport {

    private LrReport() {
    }

    static String of(String fileName, FamiliasCase c, LrResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d pedigrees, %d loci, theta = %s%n", fileName,
                r.hypotheses().size(), c.loci().size(), plain(c.options().theta())));
        sb.append("Reference hypothesis: ").append(r.reference()).append("\n\n");
        TableWriter lik = new TableWriter("Hypothesis", "ln L", "Likelihood");
        for (HypothesisLikelihood h : r.hypotheses()) {
            lik.row(h.name(), logValue(h.logLikelihood()), value(Math.exp(h.logLikelihood())));
        }
        sb.append(lik.render()).append('\n');
        List<String> others = r.hypotheses().stream().map(HypothesisLikelihood::name)
                .filter(n -> !n.equals(r.reference())).toList();
        if (!others.isEmpty()) {
            sb.append("Likelihood ratio against ").append(r.reference()).append(", per locus\n");
            sb.append(markers(c.loci(), others, r).render()).append('\n');
            for (String h : others) {
                LikelihoodRatio lr = r.lr().get(h);
                sb.append(String.format(Locale.ROOT, "%s vs %s: LR = %s (log10 %s): %s%n", h, r.reference(),
                        value(lr.total()), logValue(lr.log10()), VerbalScale.describe(lr.total(), h, r.reference())));
            }
            sb.append("Verbal scale (ENFSI 2015): LR 1-10 weak, 10-100 moderate, 100-1,000 moderately strong,"
                    + " 1,000-10,000 strong, 10,000-1,000,000 very strong, above 1,000,000 extremely strong support.\n");
        }
        appendNotes(sb, c);
        return sb.toString();
    }

    private static TableWriter markers(List<Locus> loci, List<String> others, LrResult r) {
        List<String> header = new ArrayList<>(List.of("Locus"));
        header.addAll(others);
        TableWriter t = new TableWriter(header.toArray(String[]::new));
        for (Locus l : loci) {
            List<Object> row = new ArrayList<>(List.of(l.name()));
            others.forEach(h -> row.add(value(r.lr().get(h).markers().get(l.name()))));
            t.row(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of("Total"));
        others.forEach(h -> total.add(value(r.lr().get(h).total())));
        t.row(total.toArray());
        return t;
    }

    private static void appendNotes(StringBuilder sb, FamiliasCase c) {
        if (!c.addedAlleles().isEmpty()) {
            sb.append("\nAlleles absent from the database, given the minimum frequency:\n");
            for (AddedAllele a : c.addedAlleles()) {
                sb.append(String.format(Locale.ROOT, "  %s allele %s: %s%n", a.locus(), a.allele(), plain(a.frequency())));
            }
        }
        if (!c.warnings().isEmpty()) {
            sb.append("\nNotes:\n");
            c.warnings().forEach(w -> sb.append("  ").append(w).append('\n'));
        }
    }

    /** A ratio or likelihood for reading: four significant digits, scientific when very large or small. */
    static String value(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        return a >= 1e6 || a < 1e-3 ? String.format(Locale.ROOT, "%.4e", x) : String.format(Locale.ROOT, "%.4g", x);
    }

    private static String logValue(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.4f", x);
    }

    private static String plain(double x) {
        return JsonWriter.number(x);
    }
}
