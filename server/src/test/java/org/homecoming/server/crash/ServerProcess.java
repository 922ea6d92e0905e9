package org.homecoming.server.crash;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The real server run as a separate operating-system process (main classes and dependency jars of
 * the test classpath), so that a test can kill it with SIGKILL and start it again on the same data.
 *
 * <pre>{@code
 * ServerProcess s = ServerProcess.start(dataDir, List.of(), log);
 * s.awaitLog("Import programme: writing", Duration.ofSeconds(60));
 * s.kill();  // kill -9
 * }</pre>
 */
final class ServerProcess {

    static final String PASSWORD = "Crash-Test-Password-1";
    private final Process process;
    private final Path log;
    private final int port;
    private final long logStart;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, Path log, int port, long logStart) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.logStart = logStart;
    }

    /** Starts the server on {@code dataDir} with extra Spring arguments, appending its output to {@code log}. */
    static ServerProcess start(Path dataDir, List<String> args, Path log) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx768m", "-cp", mainClasspath(), "org.homecoming.server.HomecomingServer",
                "--server.port=" + port, "--homecoming.data-dir=" + dataDir, "--logging.level.root=WARN",
                "--logging.level.org.homecoming=INFO"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("HOMECOMING_ADMIN_PASSWORD", PASSWORD);
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        return new ServerProcess(pb.start(), log, port, logStart);
    }

    /** Waits until {@code /actuator/health} answers UP. */
    ServerProcess awaitUp(Duration timeout) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(this::up);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("server not UP within " + timeout + ":\n" + output(), e);
        }
        return this;
    }

    /** Whether {@code /actuator/health} answers UP now; a server that exited fails the wait at once. */
    private boolean up() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("server exited with " + process.exitValue() + ":\n" + output());
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException notYet) {
            return false; // not listening yet
        }
    }

    /** Waits for a line of this run's output containing every fragment; polls every 5 ms. */
    void awaitLog(Duration timeout, String... fragments) {
        try {
            // a server that exited writes no more: stop waiting, and fail below unless the line is there
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> logHas(fragments) || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            // fall through to the failure below
        }
        if (!logHas(fragments)) {
            throw new IllegalStateException("no line with " + Arrays.toString(fragments) + " in:\n" + output());
        }
    }

    boolean logHas(String... fragments) {
        return output().lines().anyMatch(l -> Arrays.stream(fragments).allMatch(l::contains));
    }

    /** This run's output so far. */
    String output() {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no index commit, no seal. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM and a graceful shutdown. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not stop within 60 s:\n" + output());
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(post(path, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends without waiting: the answer never comes when the server is killed meanwhile. */
    CompletableFuture<HttpResponse<String>> sendAsync(String path, String contentType, byte[] body) {
        return http.sendAsync(post(path, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path, String contentType, byte[] body) {
        return request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + basic);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The test classpath without test classes, so nothing of the tests is scanned into the server. */
    private static String mainClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
