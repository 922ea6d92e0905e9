package org.homecoming.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.locus.LocusFrequencies;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.PairwiseLr;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.kinship.search.StreamedSearch;
import org.homecoming.kinship.search.SyntheticSearchData;
import org.homecoming.simulator.SimulationSpec;
import org.homecoming.simulator.genetics.Kit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code homecoming bench search}: the precomputed database search against the exact per-pair
 * engine on synthetic families and remains (East Asian frequencies, the first K loci of the
 * standard kit order, a mutation model on every locus).
 *
 * <p>The precomputed rate is that of the timed all-against-all (after a warm-up); the exact rate is
 * that of {@code PairwiseLr} on a random sample of the same pairs, on as many threads, and the
 * sample's LRs are checked against the search's. Memory per family is the heap the compiled index
 * holds: heap in use with it minus heap in use once it is dropped, each after garbage collection.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        header = "Comparisons per second of the precomputed search and of the exact engine; all-against-all time.",
        description = "Prints 'precomputed: X comparisons/s; exact: Y comparisons/s; ratio: R; memory per family: "
                + "B bytes' and 'all-against-all: S s'. See docs/kinship-search.md.")
final class SearchBenchCommand implements Callable<Integer> {

    static final long WARM_UP_COMPARISONS = 20_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--families", defaultValue = "10000", paramLabel = "N", description = "families (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--remains", defaultValue = "1000", paramLabel = "M", description = "remains (default ${DEFAULT-VALUE})")
    int remains;

    @Option(names = "--loci", defaultValue = "23", paramLabel = "K", description = "loci (default ${DEFAULT-VALUE})")
    int loci;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--mutation", defaultValue = "proportional", paramLabel = "MODEL",
            description = "none, equal, proportional or stepwise, rate 0.001 (default ${DEFAULT-VALUE})")
    String mutation;

    @Option(names = "--exact-pairs", defaultValue = "1000", paramLabel = "P",
            description = "pairs timed with the exact engine (default ${DEFAULT-VALUE})")
    int exactPairs;

    @Option(names = "--tables", defaultValue = "kept", paramLabel = "kept|streamed",
            description = "kept: an index of every family's tables, then the search; streamed: each block of 64 "
                    + "families compiled when the search reaches it and dropped after (default ${DEFAULT-VALUE})")
    String tables;

    @Override
    public Integer call() {
        if (families < 1 || remains < 1 || exactPairs < 1) {
            throw new IllegalArgumentException("--families, --remains and --exact-pairs must be at least 1");
        }
        if (!tables.equals("kept") && !tables.equals("streamed")) {
            throw new IllegalArgumentException("--tables must be kept or streamed: " + tables);
        }
        int t = threads.count();
        PrintWriter o = spec.commandLine().getOut();
        List<Locus> ls = loci(loci, MutationSpec.fromSetting("--mutation", mutation, 0.001));
        long start = System.nanoTime();
        // held by reference only, so that --tables streamed can drop the families to weigh them
        AtomicReference<SyntheticSearchData> held = new AtomicReference<>(
                SyntheticSearchData.generate(ls, families, remains, seed));
        o.printf(Locale.ROOT, "data: %d families, %d remains, %d loci (%s mutation), seed %d, drawn in %.1f s%n",
                families, remains, ls.size(), mutation, seed, seconds(start));
        o.flush();
        if (tables.equals("streamed")) {
            return streamed(o, held, t);
        }
        SyntheticSearchData data = held.get();

        start = System.nanoTime();
        SearchIndex index = SearchIndex.build(data.families(), ls, LikelihoodOptions.defaults(), t);
        double buildSeconds = seconds(start);
        o.printf(Locale.ROOT, "index: %d families compiled in %.1f s (%.0f families/s); compiled tables %d bytes "
                + "per family%n", index.size(), buildSeconds, index.size() / buildSeconds,
                index.compiledBytes() / index.size());
        o.flush();

        SearchOptions options = SearchOptions.defaults().withThreads(t);
        // warm-up: about 2·10^7 comparisons, enough for the JIT's optimising compiler to take over the loops
        int warmUp = (int) Math.min(remains, Math.max(1, WARM_UP_COMPARISONS / families));
        DatabaseSearch.run(index, data.remains().subList(0, warmUp), options);
        start = System.nanoTime();
        long cpuStart = processCpuNanos();
        SearchResult all = DatabaseSearch.run(index, data.remains(), options);
        double allSeconds = seconds(start);
        double allCpu = (processCpuNanos() - cpuStart) / 1e9;
        double precomputed = all.comparisons() / allSeconds;

        Exact exact = exact(index, data, t);
        long heapWith = usedHeap();
        int size = index.size();
        index = null;
        // what the index alone holds: the heap with it minus the heap without it (caches elsewhere cancel)
        long retained = Math.max(0, heapWith - usedHeap()) / size;
        o.printf(Locale.ROOT, "checked: %d pairs, largest relative difference from the exact engine %.2e%n",
                exact.pairs, exact.largestDifference);
        return contractLines(o, all, precomputed, exact.rate, retained, allSeconds, "", allCpu, t);
    }

    /**
     * {@code --tables streamed}: the search compiles the families as it goes, so its rate includes
     * the compilation; the reported pairs are checked against the exact engine; memory per family
     * is the heap the families' inputs hold (no tables outlive their block).
     */
    private int streamed(PrintWriter o, AtomicReference<SyntheticSearchData> held, int t) {
        SyntheticSearchData data = held.get();
        SearchOptions options = SearchOptions.defaults().withThreads(t);
        int warmUp = (int) Math.min(remains, Math.max(1, WARM_UP_COMPARISONS / families));
        StreamedSearch.run(data.families().subList(0, Math.min(families, 2_000)), data.loci(), LikelihoodOptions.defaults(),
                data.remains().subList(0, warmUp), options, SearchProgress.NONE);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        SearchResult all = StreamedSearch.run(data.families(), data.loci(), LikelihoodOptions.defaults(), data.remains(),
                options, SearchProgress.NONE);
        double allSeconds = seconds(start);
        double allCpu = (processCpuNanos() - cpuStart) / 1e9;
        double rate = all.comparisons() / allSeconds;

        // the exact engine on reported pairs (their families are no longer compiled anywhere)
        List<Candidate> reported = all.reported();
        Map<String, SearchFamily> byMissing = new HashMap<>();
        data.families().forEach(f -> byMissing.put(f.missing(), f));
        Map<String, RemainsProfile> byId = new HashMap<>();
        data.remains().forEach(v -> byId.put(v.id(), v));
        Random rnd = new Random(seed);
        int n = Math.min(exactPairs, reported.size());
        double largest = 0;
        long exactStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Candidate c = reported.get(rnd.nextInt(reported.size()));
            double exact = PairwiseLr.lr(byMissing.get(c.missing()), byId.get(c.remains()), data.loci(),
                    LikelihoodOptions.defaults());
            largest = Math.max(largest, c.lr() == exact ? 0 : Math.abs(c.lr() - exact) / Math.abs(exact));
        }
        double exactRate = n / seconds(exactStart);
        // what the families hold: the heap with their inputs minus the heap without them
        long heapWith = usedHeap();
        byMissing.clear();
        held.set(new SyntheticSearchData(data.loci(), List.of(), data.remains()));
        data = null;
        long retained = Math.max(0, heapWith - usedHeap()) / families;
        o.printf(Locale.ROOT, "streamed: no index; each block of 64 families compiled when the search reaches it, "
                + "tables of at most %d families at a time%n", 64 * t);
        o.printf(Locale.ROOT, "checked: %d reported pairs, largest relative difference from the exact engine %.2e%n",
                n, largest);
        return contractLines(o, all, rate, exactRate, retained, allSeconds, " (compiling included)", allCpu, t);
    }

    /** The lines docs/kinship-search.md and the tests rely on, and the processor time. */
    private int contractLines(PrintWriter o, SearchResult all, double rate, double exactRate, long retained,
            double allSeconds, String timed, double allCpu, int t) {
        o.printf(Locale.ROOT, "precomputed: %.4g comparisons/s; exact: %.4g comparisons/s; ratio: %.4g; "
                + "memory per family: %d bytes%n", rate, exactRate, rate / exactRate, retained);
        o.printf(Locale.ROOT, "all-against-all: %.2f s%s%n", allSeconds, timed);
        o.printf(Locale.ROOT, "(%d remains x %d families = %d comparisons on %d threads; %d pairs at LR >= 10000; "
                + "%.2f s of processor time, %.4g comparisons per processor-second)%n", remains, families,
                all.comparisons(), t, all.aboveThreshold().size(), allCpu, all.comparisons() / allCpu);
        o.flush();
        return ExitCodes.OK;
    }

    /** The first {@code count} loci of the bundled East Asian table in the standard kit order, with {@code spec}. */
    static List<Locus> loci(int count, MutationSpec spec) {
        List<Locus> out = new ArrayList<>();
        for (LocusFrequencies f : Kit.select(SimulationSpec.defaultFrequencies(), count).loci()) {
            out.add(Locus.of(f));
        }
        return SyntheticSearchData.withMutation(out, spec);
    }

    private record Exact(int pairs, double rate, double largestDifference) {
    }

    /** Times the exact engine on random pairs, on {@code threads} threads, and compares it with the index. */
    private Exact exact(SearchIndex index, SyntheticSearchData data, int threads) {
        Random rnd = new Random(seed);
        int n = exactPairs;
        int[] f = new int[n];
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            f[i] = rnd.nextInt(families);
            r[i] = rnd.nextInt(remains);
        }
        double[] lr = new double[n];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int first = w;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < n; i += threads) {
                        lr[i] = PairwiseLr.lr(data.families().get(f[i]), data.remains().get(r[i]), data.loci(),
                                LikelihoodOptions.defaults());
                    }
                }));
            }
            for (Future<?> p : parts) {
                p.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double rate = n / seconds(start);
        double largest = 0;
        for (int i = 0; i < n; i++) {
            RemainsProfile v = data.remains().get(r[i]);
            double fast = index.compare(v, f[i]).lr();
            double d = lr[i] == fast ? 0 : Math.abs(fast - lr[i]) / Math.abs(lr[i]);
            largest = Math.max(largest, Double.isNaN(d) ? Double.POSITIVE_INFINITY : d);
        }
        return new Exact(n, rate, largest);
    }

    /** Processor time of the whole JVM (all threads): what the search cost whatever else ran on the machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Heap in use after a few collections (the JVM treats System.gc as a hint; repeating settles it). */
    private static long usedHeap() {
        MemoryMXBean m = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return m.getHeapMemoryUsage().getUsed();
    }
}
