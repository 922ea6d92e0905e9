package org.homecoming.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.programme.search.SearchInput;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real standalone cluster: a Spark master and a worker, each in a JVM of its own,
 * started from the Spark jars the build copied (what a distribution's {@code sbin/start-master.sh}
 * and {@code start-worker.sh} start), and executors the worker launches in JVMs of their own. Unlike
 * local mode, nothing reaches an executor but what Spark ships: the engine's classes, the index
 * broadcast and the tasks go over the network. Runs after packaging (failsafe): it submits the
 * shaded jar, as a cluster's users do.
 */
class StandaloneClusterIT {

    private static final int WAIT_SECONDS = 120;

    @TempDir
    static Path dir;

    static Path sparkHome;
    static Process master;
    static Process worker;
    static String url;
    static Path programme;

    @BeforeAll
    static void startCluster() throws Exception {
        programme = dir.resolve("programme");
        ProgrammeSimulator.simulate(SimulationSpec.of(150, 120, 11), programme);
        // a Spark home is a directory with jars/ in it: the worker builds its executors' class path from it
        sparkHome = dir.resolve("spark-home");
        Files.createDirectories(sparkHome);
        Files.createSymbolicLink(sparkHome.resolve("jars"), Path.of("target/spark-lib").toAbsolutePath());
        int port = freePort();
        url = "spark://127.0.0.1:" + port;
        master = spark("master.log", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        awaitLog("master.log", "I have been elected leader");
        worker = spark("worker.log", List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "2", "--memory", "2g", "--work-dir", dir.resolve("work").toString(),
                "--webui-port", String.valueOf(freePort()), url));
        awaitLog("worker.log", "Successfully registered with master");
    }

    @AfterAll
    static void stopCluster() throws InterruptedException, IOException {
        // a worker stopped gently stops its executors; then anything left is killed
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
            }
        }
        Files.deleteIfExists(sparkHome.resolve("jars"));
    }

    @Test
    void sparkSubmitRunsTheJobOnTheClusterAndWritesTheRowsOfTheLocalSearch() throws Exception {
        Path out = dir.resolve("submitted.csv");
        String log = submit("submit.log", programme.toString(), "--out", out.toString());
        SearchResult local = localSearch();
        SparkSearchTests.assertSameRows(Files.readAllLines(out, StandardCharsets.UTF_8), local.reported());
        assertThat(log).contains("on " + url).contains(local.aboveThreshold().size() + " pairs at LR >= 10000")
                .contains("Executor added");
    }

    /** The families cut into tasks: pedigrees and references travel to the executors, which compile them. */
    @Test
    void familiesCutIntoTasksAreCompiledOnTheExecutors() throws Exception {
        Path out = dir.resolve("by-families.csv");
        submit("families.log", programme.toString(), "--partition", "families", "--slices", "4", "--out", out.toString());
        SparkSearchTests.assertSameRows(Files.readAllLines(out, StandardCharsets.UTF_8), localSearch().reported());
    }

    /** A driver not started by spark-submit (the command line's {@code match --engine spark}) ships the engine's jar itself. */
    @Test
    void aDriverStartedWithoutSparkSubmitShipsTheEngineToTheExecutors() throws Exception {
        Path out = dir.resolve("direct.csv");
        String classPath = Path.of("target/homecoming-spark.jar").toAbsolutePath() + java.io.File.pathSeparator
                + sparkClassPath();
        String log = run("direct.log", classPath, List.of(SparkSearchJob.class.getName(), programme.toString(),
                "--master", url, "--out", out.toString()));
        SparkSearchTests.assertSameRows(Files.readAllLines(out, StandardCharsets.UTF_8), localSearch().reported());
        assertThat(log).contains("on " + url).contains("Executor added").doesNotContain("ClassNotFoundException");
    }

    /** The job submitted through spark-submit's {@code SparkSubmit}, in client mode, with the shaded jar and {@code jobArgs}. */
    private static String submit(String log, String... jobArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", url,
                "--deploy-mode", "client", "--class", SparkSearchJob.class.getName(), "--total-executor-cores", "2",
                "--executor-memory", "1g", Path.of("target/homecoming-spark.jar").toAbsolutePath().toString()));
        command.addAll(List.of(jobArgs));
        return run(log, sparkClassPath(), command);
    }

    /** What the job finds with its defaults, searched here. */
    private static SearchResult localSearch() {
        SearchInput in = SearchInput.read(programme, SparkSearchTests.JOB_DEFAULTS, false);
        return DatabaseSearch.run(SearchIndex.build(in.families(), in.loci(), in.options(), 2), in.remains(),
                SearchOptions.defaults());
    }

    private static String sparkClassPath() {
        return Path.of("target/spark-lib").toAbsolutePath() + "/*";
    }

    /** Starts a JVM on Spark's jars with the Java 17 options and the environment a distribution's scripts set. */
    private static Process spark(String log, List<String> mainAndArgs) throws IOException {
        return start(log, sparkClassPath(), "-Xmx512m", mainAndArgs);
    }

    private static Process start(String log, String classPath, String heap, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "@" + Path.of("jvm.options").toAbsolutePath(), heap));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        // what bin/load-spark-env.sh exports in a distribution; the worker needs both to launch executors
        pb.environment().putAll(Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1"));
        return pb.start();
    }

    /** Runs a driver to its end; its output, which names the failure if it failed. */
    private static String run(String log, String classPath, List<String> mainAndArgs) throws Exception {
        Process p = start(log, classPath, "-Xmx1g", mainAndArgs);
        boolean ended = p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        String text = Files.readString(dir.resolve(log));
        assertThat(ended).as("the driver ended within %d s:%n%s", WAIT_SECONDS, text).isTrue();
        assertThat(p.exitValue()).as("the driver's exit status:%n%s", text).isZero();
        return text;
    }

    private static void awaitLog(String log, String line) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Path file = dir.resolve(log);
        while (System.nanoTime() < end) {
            if (Files.exists(file) && Files.readString(file).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(log + " never said '" + line + "':\n" + (Files.exists(file) ? Files.readString(file) : ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
