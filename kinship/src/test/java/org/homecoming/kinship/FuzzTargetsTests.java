package org.homecoming.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fuzz targets of this module are the ones docs/fuzzing.md lists, and each can really be fuzzed by
 * {@code mvn verify}: Jazzer fuzzes one {@code @FuzzTest} per JVM and skips the others, so each class
 * must hold exactly one, with a {@code @Timeout} that becomes the per-input timeout.
 */
class FuzzTargetsTests {

    static final List<String> TARGETS = List.of(
            "org.homecoming.kinship.io.FrequencyTableReaderFuzzTests",
            "org.homecoming.kinship.io.familias.FamiliasReaderFuzzTests",
            "org.homecoming.kinship.io.programme.ProgrammeReaderFuzzTests",
            "org.homecoming.kinship.lineage.MitoProfileFuzzTests",
            "org.homecoming.kinship.lineage.YHaplotypeFuzzTests");

    @Test
    void theFuzzTestClassesAreTheListedTargets() throws IOException, URISyntaxException {
        assertThat(fuzzTestClasses(FuzzTargetsTests.class)).containsExactlyInAnyOrderElementsOf(TARGETS);
    }

    @Test
    void eachTargetHasExactlyOneFuzzTestWithATimeout() throws ClassNotFoundException {
        for (String name : TARGETS) {
            List<Method> fuzzTests = Arrays.stream(Class.forName(name).getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(FuzzTest.class)).toList();
            assertThat(fuzzTests).as(name).hasSize(1);
            assertThat(fuzzTests.get(0).isAnnotationPresent(Timeout.class)).as(name + " has @Timeout").isTrue();
        }
    }

    /** The classes named {@code *FuzzTests} among the compiled tests beside {@code anchor}. */
    static List<String> fuzzTestClasses(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(p -> p.endsWith("FuzzTests.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }
}
