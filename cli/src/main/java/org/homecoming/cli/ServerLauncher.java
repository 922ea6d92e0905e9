package org.homecoming.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts the server's Spring Boot jar as a child process that shares this terminal, and waits for it.
 * The CLI links nothing of the server (docs/architecture.md): it only knows where the jar is.
 *
 * <pre>{@code
 * int code = ServerLauncher.fromHome("").run(List.of("--server.port=8080"), Map.of(), err);
 * }</pre>
 *
 * <p>The jar is {@code server/target/homecoming-server.jar} under {@code homecoming.home} (set by the
 * {@code ./homecoming} launcher). JVM options for the server come from
 * {@code HOMECOMING_SERVER_JAVA_OPTS}, else from the command's defaults. When this process is stopped (Ctrl-C, {@code kill}) the server
 * is stopped with it, and the server also exits by itself if this process disappears.
 */
final class ServerLauncher {

    static final String JAR = "server/target/homecoming-server.jar";
    /** Time the server gets to shut down gracefully before it is killed. */
    private static final long STOP_SECONDS = 20;

    private final Path jar;
    private final List<String> javaOptions;

    ServerLauncher(Path jar, List<String> javaOptions) {
        this.jar = jar;
        this.javaOptions = List.copyOf(javaOptions);
    }

    /**
     * The jar under {@code homecoming.home} (or the working directory), with the JVM options of
     * {@code HOMECOMING_SERVER_JAVA_OPTS} when set, else {@code defaultOptions}.
     */
    static ServerLauncher fromHome(String defaultOptions) {
        Path home = Path.of(System.getProperty("homecoming.home", "."));
        String opts = System.getenv().getOrDefault("HOMECOMING_SERVER_JAVA_OPTS", defaultOptions);
        return new ServerLauncher(home.resolve(JAR).toAbsolutePath().normalize(), split(opts));
    }

    /** The full command line of the child: java, JVM options, the jar, then {@code args}. */
    List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.add("--homecoming.parent-pid=" + ProcessHandle.current().pid());
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs the server with {@code args} and extra environment variables (used for secrets, which
     * would otherwise show in the process list) and returns its exit code.
     */
    int run(List<String> args, Map<String, String> environment, PrintWriter err) throws IOException, InterruptedException {
        if (missingJar(err)) {
            return ExitCodes.FAILURE;
        }
        ProcessBuilder pb = new ProcessBuilder(command(args)).inheritIO();
        pb.environment().putAll(environment);
        Process server = pb.start();
        Thread stopper = new Thread(() -> stop(server), "homecoming-server-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            return server.waitFor();
        } finally {
            if (!server.isAlive()) {
                removeHook(stopper);
            }
        }
    }

    /**
     * Runs the jar as a short command (such as {@code users add}) and copies what it prints to
     * {@code out} and {@code err}, so the output belongs to the calling command; returns its exit code.
     */
    int call(List<String> args, Map<String, String> environment, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        if (missingJar(err)) {
            return ExitCodes.FAILURE;
        }
        ProcessBuilder pb = new ProcessBuilder(command(args));
        pb.environment().putAll(environment);
        Process child = pb.start();
        child.getOutputStream().close();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(child.getErrorStream()));
        out.print(readAll(child.getInputStream()));
        out.flush();
        int code = child.waitFor();
        err.print(errors.join());
        err.flush();
        return code;
    }

    /**
     * As {@link #call(List, Map, PrintWriter, PrintWriter)}, but hands each line the child writes on stderr to
     * {@code errLines} as it comes, for a command that reports progress there ({@code thor import}).
     */
    int call(List<String> args, Map<String, String> environment, PrintWriter out, Consumer<String> errLines,
            PrintWriter err) throws IOException, InterruptedException {
        if (missingJar(err)) {
            return ExitCodes.FAILURE;
        }
        ProcessBuilder pb = new ProcessBuilder(command(args));
        pb.environment().putAll(environment);
        Process child = pb.start();
        child.getOutputStream().close();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(child.getInputStream()));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                errLines.accept(line);
            }
        }
        int code = child.waitFor();
        out.print(output.join());
        out.flush();
        return code;
    }

    private boolean missingJar(PrintWriter err) {
        if (Files.isRegularFile(jar)) {
            return false;
        }
        err.println("homecoming: server jar not found: " + jar
                + " (start through ./homecoming, which builds it, or run: mvn -B -DskipTests package)");
        err.flush();
        return true;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with a clear message when the port cannot be bound, before a slow server start. */
    static void requireFreePort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be in [1, 65535]: " + port);
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalArgumentException("--port " + port + " is in use; choose another with --port");
        }
    }

    private static void stop(Process server) {
        if (!server.isAlive()) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting; the hook finds the server stopped and returns.
        }
    }

    private static List<String> split(String options) {
        String s = options.strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }
}
