package org.homecoming.spark;

import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchPart;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.kinship.search.StreamedPart;
import org.homecoming.kinship.search.StreamedSearch;

/**
 * The database search on a Spark cluster: the compiled index is broadcast to every executor once,
 * the remains are cut into slices, and each task runs the kinship engine's own search of its slice
 * against the whole index ({@link DatabaseSearch#part}); the parts are merged exactly
 * ({@link SearchPart#merge}) and the driver computes the reported figures from the same tables
 * ({@link DatabaseSearch#assemble}). The result is the one {@code DatabaseSearch.run} gives, pair for
 * pair and bit for bit.
 *
 * <pre>{@code
 * SearchResult r = SparkSearch.run(sc, index, remains, SearchOptions.defaults(), SearchProgress.NONE);
 * SearchResult l = SparkSearch.onMaster("local[2]", index, remains, options, progress);   // own context
 * }</pre>
 */
public final class SparkSearch {

    private SparkSearch() {
    }

    /**
     * Runs the search on {@code master} ({@code local[2]}, {@code spark://host:7077}, ...) in a
     * context of its own, stopped afterwards, or in the JVM's running context if there is one. (A
     * name of its own: a caller without Spark's classes at compile time, the command line, cannot
     * resolve overloads that mention them.)
     */
    public static SearchResult onMaster(String master, SearchIndex index, List<RemainsProfile> remains,
            SearchOptions options, SearchProgress progress) {
        // One context per JVM: a running one (a test suite's shared context) is used as it is and left
        // running; one started here carries a name of its own and is stopped here.
        String name = "homecoming match " + UUID.randomUUID();
        SparkContext context = SparkContext.getOrCreate(conf(master, name));
        try {
            return run(JavaSparkContext.fromSparkContext(context), index, remains, options, progress);
        } finally {
            if (context.appName().equals(name)) {
                context.stop();
            }
        }
    }

    /**
     * A Spark configuration for {@code master}. A local master is bound to the loopback address. A
     * cluster master gets the jar this engine was loaded from in {@code spark.jars}: executors in
     * other JVMs have Spark's classes but not the engine's, and the driver serves them this jar
     * (spark-submit does so for its application jar; a driver started otherwise, such as the command
     * line's {@code match --engine spark}, has to say so). Nothing is shipped when the engine was not
     * loaded from a jar.
     */
    public static SparkConf conf(String master, String name) {
        SparkConf conf = new SparkConf().setAppName(name).setMaster(master).set("spark.ui.showConsoleProgress", "false");
        if (master.startsWith("local")) {
            return conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.ui.enabled", "false");
        }
        try {
            Path jar = Path.of(SparkSearch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? conf.set("spark.jars", jar.toString()) : conf;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the engine's jar", e);
        }
    }

    /** Runs the search on {@code sc}'s cluster, in {@link #slices} tasks. */
    public static SearchResult run(JavaSparkContext sc, SearchIndex index, List<RemainsProfile> remains,
            SearchOptions options, SearchProgress progress) {
        return run(sc, index, remains, options, slices(sc.defaultParallelism(), remains.size(), options), progress);
    }

    /** Runs the search on {@code sc}'s cluster with the remains cut into {@code slices} tasks. */
    public static SearchResult run(JavaSparkContext sc, SearchIndex index, List<RemainsProfile> remains,
            SearchOptions options, int slices, SearchProgress progress) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1: " + slices);
        }
        if (remains.isEmpty() || index.size() == 0) {
            return DatabaseSearch.run(index, remains, options);
        }
        // each task is one thread: the cluster's parallelism is its tasks
        SearchOptions perTask = options.withThreads(1);
        SearchPart merged = scatter(sc, index, cut(remains, Math.min(slices, remains.size()), Slice::new),
                (ix, s) -> DatabaseSearch.part(ix, s.remains(), s.first(), perTask), SearchPart::merge, progress,
                (long) remains.size() * index.size());
        return DatabaseSearch.assemble(index, remains, options, merged);
    }

    /**
     * The search cut by families instead: the remains are broadcast, the families go to the tasks in
     * slices, and each task compiles its own slice and keeps none of its tables past a block
     * ({@link StreamedSearch#part}); the parts merge exactly ({@link StreamedPart#merge}) and carry
     * their figures, so the driver compiles nothing. Neither the driver nor an executor holds an
     * index: the layout for more families than an index of them fits an executor (10⁷ families, or a
     * stepwise model at 10⁶). The result is the local search's, pair for pair.
     */
    public static SearchResult runByFamilies(JavaSparkContext sc, List<SearchFamily> families, List<Locus> loci,
            LikelihoodOptions likelihood, List<RemainsProfile> remains, SearchOptions options, int slices,
            SearchProgress progress) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1: " + slices);
        }
        if (remains.isEmpty() || families.isEmpty()) {
            return StreamedSearch.run(families, loci, likelihood, remains, options, progress);
        }
        SearchOptions perTask = options.withThreads(1);
        List<Locus> ls = List.copyOf(loci);
        StreamedPart merged = scatter(sc, List.copyOf(remains), cut(families, Math.min(slices, families.size()),
                FamilySlice::new), (rs, s) -> StreamedSearch.part(s.families(), s.first(), ls, likelihood, rs, perTask,
                        SearchProgress.NONE), StreamedPart::merge, progress, (long) remains.size() * families.size());
        return StreamedSearch.assemble(families, ls, likelihood, remains, options, merged);
    }

    /**
     * Broadcasts {@code shared}, runs {@code task} on it and each slice of {@code work} (one Spark
     * task a slice), and merges what the tasks return with a tree reduce; {@code progress} hears of
     * the {@code total} pairs as tasks end.
     */
    private static <B, S, P> P scatter(JavaSparkContext sc, B shared, List<S> work, Function2<B, S, P> task,
            Function2<P, P, P> merge, SearchProgress progress, long total) {
        SparkListener listener = progressByTask(progress, total, work.size());
        sc.sc().addSparkListener(listener);
        Broadcast<B> broadcast = sc.broadcast(shared);
        try {
            P merged = sc.parallelize(work, work.size()).map(s -> task.call(broadcast.value(), s)).treeReduce(merge);
            progress.update(total, total);
            return merged;
        } finally {
            sc.sc().removeSparkListener(listener);
            broadcast.destroy();
        }
    }

    /** Tasks for {@code families} families cut into slices: about 64 blocks of families per task. */
    static int familySlices(int parallelism, int families) {
        return tasks(parallelism, families, FAMILIES_PER_TASK);
    }

    /** Families per task of a search cut by families: 64 blocks of 64 (the remains' chunks are built once per task). */
    static final int FAMILIES_PER_TASK = 4096;

    /** Families numbered {@code first} onwards of the search. */
    record FamilySlice(int first, List<SearchFamily> families) implements Serializable {
    }

    /**
     * Tasks for {@code remains} remains: about one chunk of the engine's size per task
     * ({@link SearchOptions#remainsPerChunk}, so each block is expanded for many remains).
     */
    static int slices(int parallelism, int remains, SearchOptions options) {
        return tasks(parallelism, remains, options.remainsPerChunk());
    }

    /**
     * Tasks for {@code items} things to search on a cluster of {@code parallelism} cores, about
     * {@code perTask} each, rounded up to a multiple of the cores so that no core idles at the end,
     * and never more tasks than things.
     */
    private static int tasks(int parallelism, int items, int perTask) {
        int cores = Math.max(1, parallelism);
        int wanted = Math.max(1, (items + perTask - 1) / perTask);
        return Math.max(1, Math.min(Math.max(items, 1), (wanted + cores - 1) / cores * cores));
    }

    /** {@code items} cut into {@code slices} contiguous slices, each made by {@code slice} from its first index and its items. */
    private static <T, S> List<S> cut(List<T> items, int slices, BiFunction<Integer, List<T>, S> slice) {
        List<S> out = new ArrayList<>();
        int n = items.size();
        for (int s = 0; s < slices; s++) {
            int from = (int) ((long) n * s / slices);
            int to = (int) ((long) n * (s + 1) / slices);
            out.add(slice.apply(from, List.copyOf(items.subList(from, to))));
        }
        return out;
    }

    /** A listener that reports a search's pairs as its {@code tasks} tasks end (each an equal share). */
    private static SparkListener progressByTask(SearchProgress progress, long total, int tasks) {
        AtomicLong done = new AtomicLong();
        return new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                progress.update(Math.min(total, done.addAndGet(total / tasks)), total);
            }
        };
    }

    /** Remains numbered {@code first} onwards of the search. */
    record Slice(int first, List<RemainsProfile> remains) implements Serializable {
    }
}
