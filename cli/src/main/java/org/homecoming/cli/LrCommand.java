package org.homecoming.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.homecoming.kinship.io.InputFormatException;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.homecoming.kinship.io.familias.FamiliasReader;
import org.homecoming.kinship.lr.Hypothesis;
import org.homecoming.kinship.lr.KinshipAnalysis;
import org.homecoming.kinship.lr.LrResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homecoming lr FILE.fam [--ref NAME] [--json]}: the likelihood of every pedigree of a Familias
 * file and the likelihood ratio of each against a reference pedigree.
 */
@Command(name = "lr", mixinStandardHelpOptions = true,
        header = "Likelihoods and likelihood ratios of the pedigrees in a Familias .fam file.",
        description = {"Scores the file's genotypes under each of its pedigrees (hypotheses) and gives the"
            + " likelihood ratio of each against the reference, total and per locus, with the ENFSI verbal"
            + " scale. Conventions: docs/familias.md."})
final class LrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.fam", description = "a Familias case file")
    Path file;

    @Option(names = "--ref", paramLabel = "NAME", description = "the reference hypothesis (default: the last pedigree)")
    String ref;

    @Option(names = "--json", description = "one JSON object on stdout instead of tables")
    boolean json;

    @Override
    public Integer call() {
        FamiliasCase c = FamiliasCase.of(FamiliasReader.read(file));
        List<Hypothesis> hypotheses = c.hypotheses();
        if (hypotheses.isEmpty()) {
            throw new InputFormatException(file.toString(), 0, "the file defines no pedigrees to compare"
                    + (c.dvi().isPresent() ? " (it is a DVI file: use 'homecoming dvi')" : ""));
        }
        String reference = ref != null ? ref : hypotheses.get(hypotheses.size() - 1).name();
        if (c.hypothesis(reference).isEmpty()) {
            throw new IllegalArgumentException(file + ": --ref " + reference + ": no such pedigree; the file has "
                    + String.join(", ", hypotheses.stream().map(Hypothesis::name).toList()));
        }
        LrResult r = KinshipAnalysis.run(hypotheses, c.data(), c.loci(), c.options(), reference);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            PrintWriter err = spec.commandLine().getErr();
            c.warnings().forEach(w -> err.println("homecoming lr: note: " + w));
            err.flush();
            out.println(LrJson.of(r));
        } else {
            out.print(LrReport.of(file.getFileName().toString(), c, r));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
