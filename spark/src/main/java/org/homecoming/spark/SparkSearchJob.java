package org.homecoming.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchRequest;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.programme.io.ProgrammeReader;
import org.homecoming.programme.search.CandidateCsv;
import org.homecoming.programme.search.SearchInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The cluster job: {@code spark-submit --class org.homecoming.spark.SparkSearchJob homecoming-spark.jar
 * INPUT --out OUT.csv}. Reads a programme directory or a Familias DVI file from any path Spark's file
 * system layer reaches (local, HDFS, S3 as the cluster configures them), compiles the families once on
 * the driver (or, with {@code --partition families}, in the tasks, each its own slice), searches on
 * the cluster ({@link SparkSearch}) and writes the autosomal columns of {@code homecoming match}'s
 * CSV ({@link CandidateCsv}) to OUT.
 */
@Command(name = "homecoming-spark-search", mixinStandardHelpOptions = true,
        description = "Every remains against every family on a Spark cluster; writes " + CandidateCsv.HEADER + ".")
public final class SparkSearchJob implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "programme directory or .fam file (a Hadoop path or URI)")
    String input;

    @Option(names = "--request", paramLabel = "FILE",
            description = "instead of INPUT: a search packed by the server (compiled index, remains and options)")
    String request;

    @Option(names = "--result", paramLabel = "FILE",
            description = "write the result itself, for the server to merge (SearchRequest.readResult)")
    String resultFile;

    @Option(names = "--out", paramLabel = "OUT.csv", description = "output CSV (a Hadoop path or URI)")
    String out;

    @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "candidates per remains and per missing person")
    int top;

    @Option(names = "--threshold", defaultValue = "10000", paramLabel = "LR", description = "identification threshold")
    double threshold;

    @Option(names = "--mutation", defaultValue = "proportional", paramLabel = "MODEL",
            description = "programme directories: none, equal, proportional or stepwise")
    String mutation;

    @Option(names = "--mutation-rate", defaultValue = "0.001", paramLabel = "RATE")
    double mutationRate;

    @Option(names = "--dropout", defaultValue = "0.05", paramLabel = "P",
            description = "programme directories: allelic dropout of remains with a DEGRADED call")
    double dropout;

    @Option(names = "--ignore-sex", description = ".fam files: pair victims and missing persons whatever their sexes")
    boolean ignoreSex;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (local[2], spark://host:7077)")
    String master;

    @Option(names = "--slices", paramLabel = "N",
            description = "tasks the remains (or the families) are cut into (default: from the cluster's cores)")
    Integer slices;

    @Option(names = "--partition", defaultValue = "remains", paramLabel = "remains|families",
            description = "remains: the families compiled once on the driver and broadcast, the remains cut into tasks; "
                    + "families: the remains broadcast, the families cut into tasks that compile them, no index "
                    + "anywhere (default ${DEFAULT-VALUE})")
    String partition;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkSearchJob()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        SparkConf conf = new SparkConf().setAppName("homecoming search");
        if (master != null) {
            conf = SparkSearch.conf(master, "homecoming search");
        } else if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: run through spark-submit or give --master local[2]");
        }
        PrintWriter o = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            execute(sc, o);
        }
        return 0;
    }

    /** Runs the job on an existing context (the tests share one) and prints its summary line. */
    void execute(JavaSparkContext sc, PrintWriter o) throws IOException {
        if ((input == null) == (request == null)) {
            throw new IllegalArgumentException("give either INPUT or --request FILE");
        }
        if (!partition.equals("remains") && !partition.equals("families")) {
            throw new IllegalArgumentException("--partition must be remains or families: " + partition);
        }
        if (request != null && partition.equals("families")) {
            throw new IllegalArgumentException("a packed request holds a compiled index: it is searched with --partition remains");
        }
        if (out == null && resultFile == null) {
            throw new IllegalArgumentException("give --out OUT.csv, --result FILE or both");
        }
        java.nio.file.Path local = Files.createTempDirectory("homecoming-search-");
        try {
            Summary s = request != null ? searchRequest(sc, new Path(request))
                    : search(sc, stage(sc.hadoopConfiguration(), new Path(input), local));
            save(sc.hadoopConfiguration(), s.result);
            o.printf(Locale.ROOT, "spark: %d remains x %d families = %d comparisons on %s; index %.1f s, search %.1f s; "
                    + "%d rows written to %s; %d pairs at LR >= %s; index version %s%n", s.remains, s.families,
                    s.result.comparisons(), sc.master(), s.indexSeconds, s.searchSeconds, s.result.reported().size(),
                    String.join(" and ", Stream.of(out, resultFile).filter(Objects::nonNull).toList()),
                    s.result.aboveThreshold().size(), Double.toString(s.result.threshold()),
                    String.join(",", s.result.indexVersions()));
        } finally {
            deleteTree(local);
        }
    }

    private Summary search(JavaSparkContext sc, java.nio.file.Path local) throws IOException {
        SearchInput in = SearchInput.read(local, new ProgrammeReader.Settings(
                MutationSpec.fromSetting("--mutation", mutation, mutationRate), dropout), ignoreSex);
        SearchOptions options = SearchOptions.defaults().withTopK(top).withThreshold(threshold);
        if (partition.equals("families")) {
            int n = slices != null ? slices : SparkSearch.familySlices(sc.defaultParallelism(), in.families().size());
            long start = System.nanoTime();
            SearchResult result = SparkSearch.runByFamilies(sc, in.families(), in.loci(), in.options(), in.remains(),
                    options, n, SearchProgress.NONE);
            // the families are compiled inside the search's tasks: no index time of its own
            return new Summary(in.remains().size(), in.families().size(), result, 0, (System.nanoTime() - start) / 1e9);
        }
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.build(in.families(), in.loci(), in.options(),
                Runtime.getRuntime().availableProcessors());
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        return searchIndex(sc, index, in.remains(), options, indexSeconds);
    }

    /** The remains against a compiled index, cut by remains into --slices tasks or as many as the cluster suits. */
    private Summary searchIndex(JavaSparkContext sc, SearchIndex index, List<RemainsProfile> remains, SearchOptions options,
            double indexSeconds) {
        int n = slices != null ? slices : SparkSearch.slices(sc.defaultParallelism(), remains.size(), options);
        long start = System.nanoTime();
        SearchResult result = SparkSearch.run(sc, index, remains, options, n, SearchProgress.NONE);
        return new Summary(remains.size(), index.size(), result, indexSeconds, (System.nanoTime() - start) / 1e9);
    }

    private Summary searchRequest(JavaSparkContext sc, Path file) throws IOException {
        FileSystem fs = file.getFileSystem(sc.hadoopConfiguration());
        if (!fs.exists(file)) {
            throw new IllegalArgumentException("request not found: " + file);
        }
        SearchRequest r;
        try (InputStream in = fs.open(file)) {
            r = SearchRequest.read(in, file.toString());
        }
        return searchIndex(sc, r.index(), r.remains(), r.options(), 0);
    }

    private record Summary(int remains, int families, SearchResult result, double indexSeconds, double searchSeconds) {
    }

    /**
     * Copies the input (one file, or a directory's files) from its file system to a local directory
     * for the programme and Familias readers; returns the local path to read.
     */
    static java.nio.file.Path stage(Configuration hadoop, Path source, java.nio.file.Path local) throws IOException {
        FileSystem fs = source.getFileSystem(hadoop);
        if (!fs.exists(source)) {
            throw new IllegalArgumentException("input not found: " + source);
        }
        FileStatus status = fs.getFileStatus(source);
        if (!status.isDirectory()) {
            java.nio.file.Path target = local.resolve(source.getName());
            copy(fs, source, target);
            return target;
        }
        java.nio.file.Path root = local.resolve("programme");
        String prefix = status.getPath().toUri().getPath();
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(source, true);
        while (files.hasNext()) {
            LocatedFileStatus f = files.next();
            String relative = f.getPath().toUri().getPath().substring(prefix.length()).replaceFirst("^/", "");
            java.nio.file.Path target = root.resolve(relative).normalize();
            if (!target.startsWith(root)) {
                throw new IllegalArgumentException("input file outside the input directory: " + f.getPath());
            }
            copy(fs, f.getPath(), target);
        }
        Files.createDirectories(root);
        return root;
    }

    private static void copy(FileSystem fs, Path from, java.nio.file.Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = fs.open(from)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes the CSV (--out) and the result itself (--result), whichever were asked for. */
    private void save(Configuration hadoop, SearchResult result) throws IOException {
        if (out != null) {
            write(hadoop, new Path(out), result);
        }
        if (resultFile != null) {
            Path target = new Path(resultFile);
            try (OutputStream o = target.getFileSystem(hadoop).create(target, true)) {
                SearchRequest.writeResult(result, o);
            }
        }
    }

    /** Writes the reported pairs, sorted by remains then best first, as {@code homecoming match} does. */
    static void write(Configuration hadoop, Path target, SearchResult result) throws IOException {
        FileSystem fs = target.getFileSystem(hadoop);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(fs.create(target, true), StandardCharsets.UTF_8))) {
            w.write(CandidateCsv.HEADER);
            w.write('\n');
            for (Candidate c : result.reported()) {
                w.write(CandidateCsv.row(c));
                w.write('\n');
            }
        }
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("homecoming-spark-search: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
