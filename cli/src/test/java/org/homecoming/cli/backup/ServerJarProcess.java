package org.homecoming.cli.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code server/target/homecoming-server.jar}, built before the CLI's tests in
 * the reactor) run as a child process on a data directory, with a small HTTP client for its API.
 *
 * <pre>{@code
 * try (ServerJarProcess s = ServerJarProcess.start(dataDir)) {
 *     s.get("/api/v1/persons?q=thanh");
 * }
 * }</pre>
 */
final class ServerJarProcess implements AutoCloseable {

    static final Path JAR = Path.of("..", "server", "target", "homecoming-server.jar").toAbsolutePath().normalize();
    static final String PASSWORD = "Backup-Test-Password-1";
    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServerJarProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ServerJarProcess start(Path data, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port,
                "--homecoming.data-dir=" + data, "--logging.level.root=WARN", "--logging.level.org.homecoming=INFO"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("HOMECOMING_ADMIN_PASSWORD", PASSWORD);
        ServerJarProcess s = new ServerJarProcess(pb.start(), log, port);
        s.awaitUp();
        return s;
    }

    private void awaitUp() throws InterruptedException, IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("server did not come up:\n" + output());
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + basic);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A graceful stop (SIGTERM), as an operator stops the server before a backup. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
