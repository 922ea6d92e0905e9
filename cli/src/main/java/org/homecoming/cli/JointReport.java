package org.homecoming.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.kinship.search.JointCandidates;
import org.homecoming.kinship.search.JointPlacement;
import org.homecoming.kinship.search.PlacementComparison;
import org.homecoming.kinship.search.PlacementComparison.Verdict;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.programme.search.CandidateCsv;

/**
 * What {@code homecoming match} says about families with several missing persons: every two remains
 * at or above the identification threshold for two of a family's missing persons, placed together
 * both ways round (a line each on stdout and, with {@code --joint-out}, a CSV row each).
 *
 * <pre>{@code
 * joint: F-1: R-1 is MP-1 and R-2 is MP-2: log10 LR 9.31; swapped 3.02: TOLD_APART
 * }</pre>
 */
final class JointReport {

    static final String HEADER = "family,remains_a,missing_a,remains_b,missing_b,log10_lr,log10_lr_swapped,verdict";

    private JointReport() {
    }

    /** Prints (and writes to {@code csv} when given) the joint placements; nothing when no family has several missing persons. */
    static void report(PrintWriter o, MatchInput in, SearchResult result, Path csv) {
        boolean several = in.families().stream().map(SearchFamily::family).distinct().count() < in.families().size();
        if (!several && csv == null) {
            return;
        }
        JointPlacement joint = new JointPlacement(in.loci(), in.options(), JointPlacement.DEFAULT_RATIO);
        List<PlacementComparison> pairs = new JointCandidates(joint, result.threshold()).compare(in.families(), in.remains(),
                result);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (PlacementComparison c : pairs) {
            counts.merge(c.verdict(), 1, Integer::sum);
            o.printf(Locale.ROOT, "joint: %s: %s is %s and %s is %s: log10 LR %.2f; swapped %.2f: %s%n", c.family(),
                    c.remainsA(), c.missingA(), c.remainsB(), c.missingB(), c.log10Lr(), c.log10LrSwapped(), c.verdict());
        }
        o.printf(Locale.ROOT, "joint: %d pairs of remains on two missing persons of one family: %d told apart, "
                + "%d indistinguishable, %d fitting neither%n", pairs.size(), counts.getOrDefault(Verdict.TOLD_APART, 0),
                counts.getOrDefault(Verdict.INDISTINGUISHABLE, 0), counts.getOrDefault(Verdict.NEITHER_FITS, 0));
        if (in.hasTruth()) {
            truth(o, pairs, in.truth());
        }
        if (csv != null) {
            write(csv, pairs);
        }
    }

    /** Told-apart pairs whose two remains are these two missing persons: right way round or swapped. */
    private static void truth(PrintWriter o, List<PlacementComparison> pairs, Map<String, String> truth) {
        int right = 0;
        int wrong = 0;
        for (PlacementComparison c : pairs) {
            if (c.verdict() != Verdict.TOLD_APART) {
                continue;
            }
            String a = truth.get(c.remainsA());
            String b = truth.get(c.remainsB());
            right += c.missingA().equals(a) && c.missingB().equals(b) ? 1 : 0;
            wrong += c.missingA().equals(b) && c.missingB().equals(a) ? 1 : 0;
        }
        o.printf(Locale.ROOT, "truth: %d joint placements told apart the right way round, %d the wrong way%n", right, wrong);
    }

    private static void write(Path csv, List<PlacementComparison> pairs) {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (PlacementComparison c : pairs) {
                w.write(String.join(",", CandidateCsv.field(c.family()), CandidateCsv.field(c.remainsA()),
                        CandidateCsv.field(c.missingA()), CandidateCsv.field(c.remainsB()), CandidateCsv.field(c.missingB()),
                        Double.toString(c.log10Lr()), Double.toString(c.log10LrSwapped()), c.verdict().name()));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
        }
    }
}
