package org.homecoming.server.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one load run does, parsed from the command line with hard caps, so that no run can be
 * unbounded: at most {@value #MAX_USERS} users and {@value #MAX_SECONDS} seconds, loopback only.
 *
 * <pre>{@code
 * LoadSettings s = LoadSettings.parse(new String[] {"--url", "http://127.0.0.1:8080", "--users", "10",
 *         "--duration", "30", "--password-file", "data/admin-password.txt"}, System.getenv());
 * }</pre>
 *
 * <p>The password is read from {@code --password-file} or the environment variable
 * {@code HOMECOMING_LOAD_PASSWORD}, never from the command line (which other users can see).
 */
record LoadSettings(URI url, int users, Duration duration, Duration warmup, Duration think, List<String> officers,
        List<String> analysts, String password, Path out, long seed) {

    static final int MAX_USERS = 200;
    static final int MAX_SECONDS = 900;

    static LoadSettings parse(String[] args, Map<String, String> env) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs (--name value): " + Arrays.toString(args));
        }
        URI url = null;
        int users = 50;
        int seconds = 300;
        int warmup = 15;
        int thinkMs = 200;
        List<String> officers = List.of("officer");
        List<String> analysts = List.of("lab");
        String password = env.get("HOMECOMING_LOAD_PASSWORD");
        Path out = Path.of("target/load-test/report.md");
        long seed = 1975;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--url" -> url = Loopback.require(URI.create(value));
                case "--users" -> users = bounded("--users", value, 1, MAX_USERS);
                case "--duration" -> seconds = bounded("--duration", value, 1, MAX_SECONDS);
                case "--warmup" -> warmup = bounded("--warmup", value, 0, 120);
                case "--think-ms" -> thinkMs = bounded("--think-ms", value, 0, 10_000);
                case "--officers" -> officers = names("--officers", value);
                case "--analysts" -> analysts = names("--analysts", value);
                case "--password-file" -> password = read(Path.of(value));
                case "--out" -> out = Path.of(value);
                case "--seed" -> seed = bounded("--seed", value, 0, Integer.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url must be given (e.g. http://127.0.0.1:8080)");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("the users' password must be given: --password-file FILE or"
                    + " HOMECOMING_LOAD_PASSWORD");
        }
        return new LoadSettings(url, users, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup),
                Duration.ofMillis(thinkMs), officers, analysts, password.strip(), out, seed);
    }

    private static int bounded(String name, String value, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + value, e);
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + v);
        }
        return v;
    }

    private static List<String> names(String option, String value) {
        List<String> out = new ArrayList<>();
        for (String n : value.split(",")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(option + " must name at least one user: " + value);
        }
        return List.copyOf(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--password-file cannot be read: " + file, e);
        }
    }
}
