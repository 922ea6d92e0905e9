package org.homecoming.spark;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.kinship.search.StreamedSearch;
import org.homecoming.kinship.search.SyntheticSearchData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The documented cluster benchmark (docs/kinship-search.md): synthetic families and remains, the
 * same search on one machine's threads and on a Spark master, both timed after a warm-up, and the
 * results compared pair for pair. Prints the rate per second and the processor-seconds per 10⁹ pairs.
 */
@Command(name = "homecoming-spark-bench", mixinStandardHelpOptions = true)
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--master", defaultValue = "local[2]")
    String master;

    @Option(names = "--families", defaultValue = "20000")
    int families;

    @Option(names = "--remains", defaultValue = "5000")
    int remains;

    @Option(names = "--loci", defaultValue = "23")
    int loci;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--mutation", defaultValue = "proportional", description = "none, equal, proportional or stepwise")
    String mutation;

    @Option(names = "--partition", defaultValue = "remains",
            description = "remains: an index compiled here and broadcast; families: the families compiled in the "
                    + "tasks (and, locally, by the streamed search): both timings then include the compiling")
    String partition;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() {
        if (!partition.equals("remains") && !partition.equals("families")) {
            throw new IllegalArgumentException("--partition must be remains or families: " + partition);
        }
        List<Locus> ls = SyntheticSearchData.withMutation(SyntheticSearchData.loci(loci, seed),
                MutationSpec.fromSetting("--mutation", mutation, 0.001));
        SyntheticSearchData data = SyntheticSearchData.generate(ls, families, remains, seed);
        int cores = Runtime.getRuntime().availableProcessors();
        boolean byFamilies = partition.equals("families");
        SearchIndex index = byFamilies ? null : SearchIndex.build(data.families(), ls, LikelihoodOptions.defaults(), cores);
        SearchOptions options = SearchOptions.defaults().withThreads(cores);
        try (JavaSparkContext sc = new JavaSparkContext(SparkSearch.conf(master, "homecoming bench"))) {
            sc.setLogLevel("WARN");
            int warm = Math.min(remains, 1000);
            if (byFamilies) {
                List<SearchFamily> some = data.families().subList(0, Math.min(families, 2_000));
                StreamedSearch.run(some, ls, LikelihoodOptions.defaults(), data.remains().subList(0, warm), options,
                        SearchProgress.NONE);
                SparkSearch.runByFamilies(sc, some, ls, LikelihoodOptions.defaults(), data.remains().subList(0, warm),
                        options, SparkSearch.familySlices(sc.defaultParallelism(), some.size()), SearchProgress.NONE);
            } else {
                SparkSearch.run(sc, index, data.remains().subList(0, warm), options, SearchProgress.NONE);
                DatabaseSearch.run(index, data.remains().subList(0, warm), options);
            }
            long start = System.nanoTime();
            SearchResult local = byFamilies
                    ? StreamedSearch.run(data.families(), ls, LikelihoodOptions.defaults(), data.remains(), options,
                            SearchProgress.NONE)
                    : DatabaseSearch.run(index, data.remains(), options);
            double localSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            SearchResult spark = byFamilies
                    ? SparkSearch.runByFamilies(sc, data.families(), ls, LikelihoodOptions.defaults(), data.remains(),
                            options, SparkSearch.familySlices(sc.defaultParallelism(), families), SearchProgress.NONE)
                    : SparkSearch.run(sc, index, data.remains(), options, SearchProgress.NONE);
            double sparkSeconds = (System.nanoTime() - start) / 1e9;
            boolean same = spark.reported().equals(local.reported()) && spark.byMissing().equals(local.byMissing());
            double pairs = local.comparisons();
            int executorCores = sc.defaultParallelism();
            System.out.printf(Locale.ROOT, "pairs: %d remains x %d families = %.0f, %d loci, %s mutation; partition by %s%s%n",
                    remains, families, pairs, ls.size(), mutation, partition,
                    byFamilies ? " (times include compiling the families)" : "");
            System.out.printf(Locale.ROOT, "local (%d threads): %.2f s, %.3g pairs/s%n", cores, localSeconds, pairs / localSeconds);
            System.out.printf(Locale.ROOT, "spark %s (%d cores): %.2f s, %.3g pairs/s; %.1f core-seconds per 10^9 pairs; "
                    + "same result as local: %s%n", master, executorCores, sparkSeconds, pairs / sparkSeconds,
                    sparkSeconds * executorCores * 1e9 / pairs, same);
            return same ? 0 : 1;
        }
    }
}
