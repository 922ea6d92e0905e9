package org.homecoming.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.ResultsCsvReader;
import org.homecoming.dioxin.SampleResults;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.dioxin.TeqCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homecoming teq FILE.csv [--tef who2005|who2022|who1998] [--bound lower|medium|upper] [--json]}: the
 * toxic equivalent of every sample of a dioxin results file (docs/dioxin.md).
 */
@Command(name = "teq", mixinStandardHelpOptions = true,
        header = "Toxic equivalents (TEQ) of the samples in a dioxin results CSV file.",
        description = {"Sums concentration x TEF per sample under the chosen WHO scheme, counting non-detects by the",
            "chosen bound, and shows all three bounds, the non-detect and 2,3,7,8-TCDD shares and the flags.",
            "File format (header sample_id,congener,value,unit,detected,detection_limit): docs/dioxin.md."})
final class TeqCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "laboratory results, one row per sample and congener")
    Path file;

    @Option(names = "--tef", paramLabel = "SCHEME", description = "TEF scheme: who2005 (default), who2022 or who1998")
    String tef = TefSchemeId.WHO_2005.code();

    @Option(names = "--bound", paramLabel = "BOUND",
            description = "non-detects count as 0 (lower), half the limit (medium) or the limit (upper, default)")
    String bound = NonDetectBound.UPPER.code();

    @Option(names = "--json", description = "one JSON object on stdout instead of a table")
    boolean json;

    @Override
    public Integer call() {
        TefSchemeId scheme = TefSchemeId.parse(tef);
        NonDetectBound b = NonDetectBound.parse(bound);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("FILE must be a results CSV file: " + file);
        }
        List<SampleResults> samples = new ResultsCsvReader().read(file);
        TeqCalculator calculator = new TeqCalculator(scheme.load());
        List<TeqReport.Row> rows = new ArrayList<>();
        for (SampleResults s : samples) {
            try {
                rows.add(new TeqReport.Row(s.id(), calculator.calculate(s.measurements(), b)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": sample " + s.id() + ": " + e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? TeqReport.json(rows) + System.lineSeparator() : TeqReport.text(file.getFileName().toString(), scheme, b, rows));
        out.flush();
        return ExitCodes.OK;
    }
}
