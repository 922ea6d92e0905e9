package org.homecoming.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the server jar in the launcher tests: writes the arguments and the datasource
 * environment it received to {@code DATA_DIR/launched.txt} and exits with code 7.
 */
public final class FakeServer {

    static final int EXIT_CODE = 7;

    private FakeServer() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>(List.of(args));
        for (String name : new String[] {"SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD"}) {
            if (System.getenv(name) != null) {
                lines.add("env " + name + "=" + System.getenv(name));
            }
        }
        String dir = lines.stream().filter(a -> a.startsWith("--homecoming.data-dir=")).findFirst().orElseThrow()
                .substring("--homecoming.data-dir=".length());
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, "launched.txt"), lines);
        System.exit(EXIT_CODE);
    }
}
