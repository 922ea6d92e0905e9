package org.homecoming.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One name, one meaning (docs/architecture.md, "Rules enforced by tests"): no two main classes of the
 * project's modules share a simple name, so a name in a stack trace, a log line or a review points
 * at one class. It reads the source tree of every module the root {@code pom.xml} lists, so it sees
 * kinship, simulator, server, cli and benchmarks although the server links only some of them.
 *
 * <p>{@code package-info} and {@code module-info} are not classes and are left out.
 */
class MainClassNamesTests {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    @Test
    void noTwoMainClassesOfTheProjectShareASimpleName() {
        assertThat(sharedNames(projectRoot())).as("main classes sharing a simple name (rename one to what it is)")
                .isEmpty();
    }

    @Test
    void aNameInTwoModulesIsFoundAndPackageInfoIsNot(@TempDir Path root) throws IOException {
        write(root.resolve("pom.xml"), "<modules>\n  <module>alpha</module>\n  <module> beta </module>\n</modules>");
        Path alpha = Path.of("alpha/src/main/java/org/example/a/Remains.java");
        Path beta = Path.of("beta/src/main/java/org/example/b/Remains.java");
        write(root.resolve(alpha), "");
        write(root.resolve(beta), "");
        write(root.resolve("alpha/src/main/java/org/example/a/package-info.java"), "");
        write(root.resolve("beta/src/main/java/org/example/b/package-info.java"), "");
        write(root.resolve("alpha/src/main/java/org/example/a/Site.java"), "");
        // Tests and modules the pom does not list are not main classes of the project.
        write(root.resolve("beta/src/test/java/org/example/b/Site.java"), "");
        write(root.resolve("gamma/src/main/java/org/example/c/Site.java"), "");

        assertThat(sharedNames(root)).isEqualTo(Map.of("Remains", List.of(alpha, beta)));
    }

    @Test
    void twoClassesOfOneModuleInDifferentPackagesAreShared(@TempDir Path root) throws IOException {
        write(root.resolve("pom.xml"), "<module>alpha</module>");
        Path web = Path.of("alpha/src/main/java/org/example/web/Page.java");
        Path archive = Path.of("alpha/src/main/java/org/example/archive/Page.java");
        write(root.resolve(web), "");
        write(root.resolve(archive), "");

        assertThat(sharedNames(root)).isEqualTo(Map.of("Page", List.of(archive, web)));
    }

    /** Simple name → the files (relative to {@code root}) of every name two or more main source files share. */
    static Map<String, List<Path>> sharedNames(Path root) {
        Map<String, List<Path>> byName = new TreeMap<>();
        for (String module : modules(root)) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().forEach(f -> {
                    String name = f.getFileName().toString().replaceFirst("\\.java$", "");
                    if (!name.equals("package-info") && !name.equals("module-info")) {
                        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(root.relativize(f));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byName.values().removeIf(files -> files.size() < 2);
        return byName;
    }

    private static List<String> modules(Path root) {
        try {
            Matcher m = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
            List<String> modules = new ArrayList<>();
            while (m.find()) {
                modules.add(m.group(1));
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the parent of this module's directory (Surefire's {@code basedir}). */
    private static Path projectRoot() {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
        assertThat(modules(root)).as("modules of %s", root).contains("kinship", "server", "cli");
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
