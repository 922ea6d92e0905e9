package org.homecoming.server.identification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.homecoming.kinship.search.SearchRequest;
import org.homecoming.kinship.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands the server's searches to a Spark cluster and reads their results back for the review queue.
 * The server compiles the families itself (where the data is), packs index, remains and options
 * into a request file ({@link SearchRequest}), and runs {@code spark-submit} in client mode with the
 * project's job ({@code org.homecoming.spark.SparkSearchJob} in {@code homecoming-spark.jar}), which
 * writes the {@link SearchResult} itself back ({@link SearchRequest#readResult}). Off unless
 * {@code homecoming.identification.spark.submit} names spark-submit.
 *
 * <pre>{@code
 * homecoming.identification.spark.submit=/opt/spark/bin/spark-submit
 * homecoming.identification.spark.master=spark://cluster:7077
 * homecoming.identification.spark.jar=/opt/homecoming/homecoming-spark.jar
 * homecoming.identification.spark.work-dir=/var/lib/homecoming/spark
 * }</pre>
 */
@Component
class SparkHandoff {

    static final String JOB_CLASS = "org.homecoming.spark.SparkSearchJob";

    private static final Logger log = LoggerFactory.getLogger(SparkHandoff.class);

    private final String submit;
    private final String master;
    private final String jar;
    private final Path workDir;
    private final long timeoutMinutes;

    SparkHandoff(@Value("${homecoming.identification.spark.submit:}") String submit,
            @Value("${homecoming.identification.spark.master:local[*]}") String master,
            @Value("${homecoming.identification.spark.jar:}") String jar,
            @Value("${homecoming.identification.spark.work-dir:}") String workDir,
            @Value("${homecoming.identification.spark.timeout-minutes:240}") long timeoutMinutes) {
        this.submit = submit.strip();
        this.master = master.strip();
        this.jar = jar.strip();
        this.workDir = workDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "homecoming-spark") : Path.of(workDir);
        this.timeoutMinutes = timeoutMinutes;
        if (!this.submit.isEmpty() && this.jar.isEmpty()) {
            throw new IllegalArgumentException("homecoming.identification.spark.jar must name homecoming-spark.jar "
                    + "when homecoming.identification.spark.submit is set");
        }
    }

    /** Whether searches go to Spark. */
    boolean enabled() {
        return !submit.isEmpty();
    }

    /** What the job record says of where it ran. */
    String engine() {
        return "spark:" + master;
    }

    /**
     * Runs {@code request} as job {@code jobId} on the cluster and returns its result; the request,
     * the result and spark-submit's log are in the work directory under the job's number. The log
     * stays for the record; the request and the result, which hold genetic data, are removed
     * whether the job succeeded or not.
     */
    SearchResult search(long jobId, SearchRequest request) {
        Path in = workDir.resolve("job-" + jobId + "-request.bin");
        Path result = workDir.resolve("job-" + jobId + "-result.bin");
        Path sparkLog = workDir.resolve("job-" + jobId + "-spark.log");
        try {
            Files.createDirectories(workDir);
            try (OutputStream o = Files.newOutputStream(in)) {
                request.write(o);
            }
            List<String> command = List.of(submit, "--master", master, "--deploy-mode", "client",
                    "--class", JOB_CLASS, jar, "--request", in.toAbsolutePath().toString(),
                    "--result", result.toAbsolutePath().toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(sparkLog.toFile()).start();
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the Spark job ran past " + timeoutMinutes + " minutes; see " + sparkLog);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("the Spark job failed (exit " + p.exitValue() + "): " + tail(sparkLog)
                        + " (the whole log: " + sparkLog + ")");
            }
            try (InputStream r = Files.newInputStream(result)) {
                return SearchRequest.readResult(r, result.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("handing the search to Spark failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Spark job ran", e);
        } finally {
            for (Path data : List.of(in, result)) {
                try {
                    Files.deleteIfExists(data);
                } catch (IOException e) {
                    // logged, not thrown: an exception here would hide why the job itself failed
                    log.error("could not remove {} (genetic data): {}", data, e.getMessage());
                }
            }
        }
    }

    /** The last lines of the log, where spark-submit and the job say what went wrong. */
    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
