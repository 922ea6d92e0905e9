package org.homecoming.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.PairwiseLr;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.kinship.search.SyntheticSearchData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The database search: 1 024 synthetic remains (half degraded) against 1 024 reference families
 * precompiled at the 23 East Asian loci, on one thread and on two, and the exact per-pair engine on
 * one pair for comparison. Comparisons per second = 1 048 576 / (seconds per {@code allAgainstAll}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2 -r 2 SearchBenchmark}.
 * The command {@code ./homecoming bench search} measures the same on larger sets, with memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    static final int FAMILIES = 1024;
    static final int REMAINS = 1024;

    @Param({"proportional", "stepwise"})
    String mutation;

    @Param({"1", "2"})
    int threads;

    private SyntheticSearchData data;
    private SearchIndex index;
    private SearchOptions options;

    @Setup
    public void setUp() {
        MutationSpec spec = MutationSpec.fromSetting("mutation", mutation, 0.001);
        List<Locus> loci = SyntheticSearchData.withMutation(BenchmarkData.loci(), spec);
        data = SyntheticSearchData.generate(loci, FAMILIES, REMAINS, 20240601);
        index = SearchIndex.build(data.families(), loci, LikelihoodOptions.defaults(), 2);
        options = SearchOptions.defaults().withThreads(threads);
    }

    @Benchmark
    public SearchResult allAgainstAll() {
        return DatabaseSearch.run(index, data.remains(), options);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double exactPair() {
        return PairwiseLr.lr(data.families().get(7), data.remains().get(11), data.loci(), LikelihoodOptions.defaults());
    }
}
