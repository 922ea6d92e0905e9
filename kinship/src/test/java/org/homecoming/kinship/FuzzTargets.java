package org.homecoming.kinship;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;

/**
 * What each module's {@code FuzzTargetsTests} checks about its fuzz targets, shared with the server's
 * tests through this module's test jar: Jazzer fuzzes one {@code @FuzzTest} per JVM, so a target
 * class must hold exactly one, with the {@code @Timeout} that becomes the per-input timeout.
 *
 * <pre>{@code
 * assertThat(FuzzTargets.fuzzTestClasses(FuzzTargetsTests.class)).containsExactlyInAnyOrderElementsOf(TARGETS);
 * }</pre>
 */
public final class FuzzTargets {

    private FuzzTargets() {
    }

    /** The classes named {@code *FuzzTests} among the compiled tests beside {@code anchor}. */
    public static List<String> fuzzTestClasses(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(p -> p.endsWith("FuzzTests.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    /** The {@code @FuzzTest} methods of class {@code name}. */
    public static List<Method> fuzzTests(String name) throws ClassNotFoundException {
        return Arrays.stream(Class.forName(name).getDeclaredMethods()).filter(m -> m.isAnnotationPresent(FuzzTest.class))
                .toList();
    }

    /** Whether {@code m} carries the timeout Jazzer needs. */
    public static boolean hasTimeout(Method m) {
        return m.isAnnotationPresent(Timeout.class);
    }
}
