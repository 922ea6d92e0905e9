package org.homecoming.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchRequest;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.programme.io.ProgrammeReader;
import org.homecoming.programme.search.CandidateCsv;
import org.homecoming.programme.search.SearchInput;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The search on Spark in local mode gives the rows of the single-machine search, LR for LR. */
class SparkSearchTests {

    @TempDir
    static Path dir;

    static Path programme;

    /** How the job reads a programme unless told otherwise (as {@code match} does): proportional mutation 0.001, dropout 0.05. */
    static final ProgrammeReader.Settings JOB_DEFAULTS =
            new ProgrammeReader.Settings(MutationSpec.fromSetting("--mutation", "proportional", 0.001), 0.05);

    @BeforeAll
    static void simulate() {
        programme = dir.resolve("programme");
        ProgrammeSimulator.simulate(SimulationSpec.of(150, 120, 11), programme);
    }

    @Test
    void theJobOnASimulatedProgrammeWritesTheRowsOfTheSingleMachineSearch() throws IOException {
        Path out = dir.resolve("spark.csv");
        String summary = runJob(programme.toString(), "--out", out.toString());
        SearchInput in = SearchInput.read(programme, JOB_DEFAULTS, false);
        SearchResult local = DatabaseSearch.run(SearchIndex.build(in.families(), in.loci(), in.options(), 2), in.remains(),
                SearchOptions.defaults());
        assertSameRows(Files.readAllLines(out, StandardCharsets.UTF_8), local.reported());
        assertThat(local.aboveThreshold()).isNotEmpty();
        assertThat(summary).contains(in.remains().size() + " remains x " + in.families().size() + " families")
                .contains("on local[2]").contains(local.aboveThreshold().size() + " pairs at LR >= 10000");
    }

    /** The Familias DVI files: the plane crash (8 victims, 5 families) and the example (3 missing persons in one family). */
    @ParameterizedTest
    @CsvSource({"planecrash-dvi, 9", "dvi-example, 1"})
    void theJobOnAFamiliasDviFileEqualsTheSingleMachineSearch(String name, int leastRows) throws IOException {
        Path fam = dir.resolve(name + ".fam");
        Files.copy(SparkSearchTests.class.getResourceAsStream("/" + name + ".fam"), fam);
        Path out = dir.resolve(name + ".csv");
        runJob(fam.toString(), "--out", out.toString(), "--top", "5", "--threshold", "1");
        SearchInput in = SearchInput.read(fam, ProgrammeReader.Settings.defaults(), false);
        SearchOptions o = SearchOptions.defaults().withTopK(5).withThreshold(1);
        SearchResult local = DatabaseSearch.run(SearchIndex.build(in.families(), in.loci(), in.options(), 1), in.remains(), o);
        assertThat(local.reported()).hasSizeGreaterThanOrEqualTo(leastRows);
        assertSameRows(Files.readAllLines(out, StandardCharsets.UTF_8), local.reported());
    }

    /** What the server hands over: a packed request, searched on the cluster, the rows of the local search. */
    @Test
    void aPackedRequestGivesTheRowsOfTheLocalSearch() throws IOException {
        SearchInput in = SearchInput.read(programme, ProgrammeReader.Settings.defaults(), false);
        SearchIndex index = SearchIndex.build(in.families(), in.loci(), in.options(), 2);
        SearchOptions o = SearchOptions.defaults().withTopK(4).withThreshold(1000);
        Path request = dir.resolve("request.bin");
        try (var out = Files.newOutputStream(request)) {
            new SearchRequest(index, in.remains(), o).write(out);
        }
        Path out = dir.resolve("request.csv");
        String summary = runJob("--request", request.toString(), "--out", out.toString());
        SearchResult local = DatabaseSearch.run(index, in.remains(), o);
        assertSameRows(Files.readAllLines(out, StandardCharsets.UTF_8), local.reported());
        assertThat(summary).contains(local.aboveThreshold().size() + " pairs at LR >= 1000.0")
                .contains("index version " + index.version());
        assertThatThrownBy(() -> runJob(programme.toString(), "--request", request.toString(), "--out", out.toString()))
                .hasMessageContaining("either INPUT or --request");
    }

    /** However the remains are cut, the merged parts are the whole search. */
    @Test
    void anyNumberOfSlicesGivesTheSameResult() {
        SearchInput in = SearchInput.read(programme, ProgrammeReader.Settings.defaults(), false);
        SearchIndex index = SearchIndex.build(in.families(), in.loci(), in.options(), 2);
        SearchOptions o = SearchOptions.defaults().withTopK(2).withThreshold(100);
        SearchResult local = DatabaseSearch.run(index, in.remains(), o);
        for (int slices : new int[] {1, 3, 7}) {
            long[] last = new long[1];
            SearchResult spark = SparkSearch.run(LocalSpark.context(), index, in.remains(), o, slices,
                    (done, total) -> last[0] = done);
            assertThat(spark.reported()).as("%d slices", slices).isEqualTo(local.reported());
            assertThat(spark.byMissing()).isEqualTo(local.byMissing());
            assertThat(spark.comparisons()).isEqualTo(local.comparisons());
            assertThat(last[0]).isEqualTo(local.comparisons());
        }
        assertThatThrownBy(() -> SparkSearch.run(LocalSpark.context(), index, in.remains(), o, 0, SearchProgress.NONE))
                .hasMessageContaining("slices must be at least 1");
    }

    /** Families in slices, each compiled in its task; the remains broadcast: the same result as the local search. */
    @Test
    void cuttingTheFamiliesIntoTasksGivesTheSameResult() throws IOException {
        SearchInput in = SearchInput.read(programme,
                JOB_DEFAULTS.withMutation(MutationSpec.fromSetting("--mutation", "stepwise", 0.002)), false);
        SearchOptions o = SearchOptions.defaults().withTopK(2).withThreshold(100);
        SearchResult local = DatabaseSearch.run(SearchIndex.build(in.families(), in.loci(), in.options(), 2), in.remains(), o);
        assertThat(local.aboveThreshold()).isNotEmpty();
        for (int slices : new int[] {1, 3, 7}) {
            long[] last = new long[1];
            SearchResult spark = SparkSearch.runByFamilies(LocalSpark.context(), in.families(), in.loci(), in.options(),
                    in.remains(), o, slices, (done, total) -> last[0] = done);
            assertThat(spark.byRemains()).as("%d slices", slices).isEqualTo(local.byRemains());
            assertThat(spark.byMissing()).isEqualTo(local.byMissing());
            assertThat(spark.aboveThreshold()).isEqualTo(local.aboveThreshold());
            assertThat(spark.comparisons()).isEqualTo(local.comparisons());
            assertThat(spark.indexVersions()).isEqualTo(local.indexVersions());
            assertThat(last[0]).isEqualTo(local.comparisons());
        }
        Path out = dir.resolve("by-families.csv");
        String summary = runJob(programme.toString(), "--mutation", "stepwise", "--mutation-rate", "0.002", "--top", "2",
                "--threshold", "100", "--partition", "families", "--slices", "3", "--out", out.toString());
        assertSameRows(Files.readAllLines(out, StandardCharsets.UTF_8), local.reported());
        assertThat(summary).contains("index version " + String.join(",", local.indexVersions()));
        assertThatThrownBy(() -> runJob(programme.toString(), "--partition", "loci", "--out", out.toString()))
                .hasMessageContaining("--partition must be remains or families: loci");
    }

    @Test
    void slicesFollowTheCoresAndTheEngineChunk() {
        SearchOptions o = SearchOptions.defaults();
        assertThat(SparkSearch.slices(2, 10_000, o)).isEqualTo(4);
        assertThat(SparkSearch.slices(2, 100, o)).isEqualTo(2);
        assertThat(SparkSearch.slices(16, 1_000_000, o)).isEqualTo(256);
        assertThat(SparkSearch.slices(8, 3, o)).isEqualTo(3);
        assertThat(SparkSearch.familySlices(2, 100_000)).isEqualTo(26);
        assertThat(SparkSearch.familySlices(16, 1_000_000)).isEqualTo(256);
        assertThat(SparkSearch.familySlices(4, 10)).isEqualTo(4);
        assertThat(SparkSearch.familySlices(8, 3)).isEqualTo(3);
    }

    @Test
    void aMissingInputIsNamed() {
        assertThatThrownBy(() -> runJob(dir.resolve("nowhere").toString(), "--out", dir.resolve("x.csv").toString()))
                .hasMessageContaining("input not found").hasMessageContaining("nowhere");
    }

    private static String runJob(String... args) throws IOException {
        SparkSearchJob job = CommandLine.populateCommand(new SparkSearchJob(), args);
        StringWriter text = new StringWriter();
        job.execute(LocalSpark.context(), new PrintWriter(text, true));
        return text.toString();
    }

    /** Same rows in the same order; the LR and log10 LR equal to 1e-12 relative (they are the same doubles). */
    static void assertSameRows(List<String> csv, List<Candidate> expected) {
        assertThat(csv.get(0)).isEqualTo(CandidateCsv.HEADER);
        assertThat(csv).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            String[] got = csv.get(i + 1).split(",");
            String[] want = CandidateCsv.row(expected.get(i)).split(",");
            assertThat(List.of(got[0], got[1], got[2], got[5], got[6])).as("row %d", i + 1)
                    .isEqualTo(List.of(want[0], want[1], want[2], want[5], want[6]));
            double lr = Double.parseDouble(got[3]);
            double expectedLr = expected.get(i).lr();
            assertThat(Math.abs(lr - expectedLr)).as("row %d LR", i + 1).isLessThanOrEqualTo(1e-12 * Math.abs(expectedLr));
            assertThat(Math.abs(Double.parseDouble(got[4]) - expected.get(i).log10Lr()))
                    .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(expected.get(i).log10Lr())));
        }
    }
}
