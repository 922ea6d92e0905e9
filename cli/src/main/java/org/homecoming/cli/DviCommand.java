package org.homecoming.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.homecoming.kinship.dvi.DviAnalysis;
import org.homecoming.kinship.dvi.DviOptions;
import org.homecoming.kinship.dvi.DviProblem;
import org.homecoming.kinship.dvi.DviResult;
import org.homecoming.kinship.dvi.MutationPolicy;
import org.homecoming.kinship.dvi.ReferenceFamily;
import org.homecoming.kinship.dvi.UndisputedFixing;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.io.familias.FamiliasDviCase;
import org.homecoming.kinship.io.familias.FamiliasReferenceFamily;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homecoming dvi FILE.fam}: disaster-victim identification of the victims and reference
 * families in a Familias file's {@code [DVI]} section, as the R package dvir defines it.
 *
 * <p>{@code ./homecoming dvi planecrash-dvi.fam --json}
 */
@Command(name = "dvi", mixinStandardHelpOptions = true,
        header = "Match victims to the missing persons of reference families (pairwise, joint, undisputed).",
        description = "Reads a Familias .fam file with a [DVI] section and prints the pairwise LR matrix"
                + " (victim = missing person vs unrelated), the pairs skipped for sex (both sexes known and"
                + " different; unknown sex pairs with either), exclusions, the best joint assignments with"
                + " posteriors under a flat prior, each victim's marginal posterior, and the undisputed"
                + " identifications. Every joint LR is that of the whole assignment against nobody identified."
                + " Defaults: every family keeps its mutation models, and undisputed matches are fixed"
                + " before the joint enumeration only when it would exceed --max-assignments."
                + " For dvir's jointDVI defaults: --mutations dvir --fix-undisputed always."
                + " Definitions: docs/kinship-dvi.md.")
final class DviCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.fam", description = "Familias file with a [DVI] section")
    Path file;

    @Option(names = "--threshold", defaultValue = "10000", paramLabel = "LR",
            description = "pairwise LR for an undisputed identification (must exceed 1; default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--json", description = "print one JSON object instead of tables")
    boolean json;

    @Option(names = "--top", paramLabel = "N",
            description = "joint assignments to print (default: all with --json, 10 in tables)")
    Integer top;

    @Option(names = "--max-assignments", defaultValue = "100000", paramLabel = "N",
            description = "refuse the joint analysis above this many candidate assignments (default ${DEFAULT-VALUE})")
    long maxAssignments;

    @Option(names = "--ignore-sex", description = "pair victims and missing persons whatever their sexes")
    boolean ignoreSex;

    @Option(names = "--mutations", paramLabel = "POLICY", defaultValue = "keep",
            description = "mutation models in the joint analysis: keep (default; as the pairwise LRs),"
                    + " none (faster), dvir (families consistent without mutation lose it, as dvir's jointDVI)")
    String mutations;

    @Option(names = "--no-mutations", description = "same as --mutations none: no mutation model in the joint analysis")
    boolean noMutations;

    @Option(names = "--fix-undisputed", paramLabel = "WHEN", defaultValue = "when-needed",
            description = "fix undisputed matches before the joint enumeration: never, when-needed (default; only"
                    + " above --max-assignments) or always (as dvir's jointDVI; posteriors then conditional on them)")
    String fixUndisputed;

    @Override
    public Integer call() {
        if (!(threshold > 1)) {
            throw new IllegalArgumentException("--threshold must be a number larger than 1: " + threshold);
        }
        if (top != null && top < 1) {
            throw new IllegalArgumentException("--top must be at least 1: " + top);
        }
        DviOptions options = DviOptions.defaults().withThreshold(threshold).withMaxAssignments(maxAssignments)
                .withIgnoreSex(ignoreSex).withMutations(mutationPolicy()).withFixing(fixing());
        DviProblem problem = problem(FamiliasCase.read(file), options);
        DviResult result;
        try {
            result = DviAnalysis.run(problem);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(file.toString(), 0, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonWriter.write(DviReport.json(result, top == null ? Integer.MAX_VALUE : top)));
        } else {
            out.print(DviReport.text(file.getFileName().toString(), problem, result, top == null ? 10 : top));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private MutationPolicy mutationPolicy() {
        MutationPolicy p = switch (mutations) {
            case "keep" -> MutationPolicy.KEEP;
            case "none" -> MutationPolicy.DISABLE;
            case "dvir" -> MutationPolicy.DISABLE_IN_CONSISTENT_FAMILIES;
            default -> throw new IllegalArgumentException("--mutations must be keep, none or dvir: " + mutations);
        };
        if (noMutations && p != MutationPolicy.DISABLE && !mutations.equals("keep")) {
            throw new IllegalArgumentException("--no-mutations contradicts --mutations " + mutations);
        }
        return noMutations ? MutationPolicy.DISABLE : p;
    }

    private UndisputedFixing fixing() {
        return switch (fixUndisputed) {
            case "never" -> UndisputedFixing.NEVER;
            case "when-needed" -> UndisputedFixing.WHEN_NEEDED;
            case "always" -> UndisputedFixing.ALWAYS;
            default -> throw new IllegalArgumentException(
                    "--fix-undisputed must be never, when-needed or always: " + fixUndisputed);
        };
    }

    /** The problem in a Familias case's [DVI] section; bad or missing content names the file. */
    static DviProblem problem(FamiliasCase c, DviOptions options) {
        FamiliasDviCase dvi = c.dvi().orElseThrow(() -> new InputFormatException(c.file(), 0,
                "no [DVI] section: a DVI analysis needs victims and reference families"));
        if (dvi.victimSexes().isEmpty()) {
            throw new InputFormatException(c.file(), 0, "the [DVI] section lists no unidentified person");
        }
        List<ReferenceFamily> families = new ArrayList<>();
        for (FamiliasReferenceFamily f : dvi.families()) {
            if (f.missing().isEmpty()) {
                throw new InputFormatException(c.file(), 0, "family '" + f.name()
                        + "' has no untyped member whose name starts with 'Missing'");
            }
            families.add(new ReferenceFamily(f.name(), f.pedigree(), f.references(), f.missing()));
        }
        if (families.isEmpty()) {
            throw new InputFormatException(c.file(), 0, "the [DVI] section has no reference family");
        }
        try {
            return new DviProblem(dvi.victims(), dvi.victimSexes(), families, c.loci(), options);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(c.file(), 0, e.getMessage());
        }
    }
}
