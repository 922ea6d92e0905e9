package org.homecoming.dioxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.List;
import org.homecoming.kinship.FuzzTargets;
import org.junit.jupiter.api.Test;

/**
 * The fuzz targets of this module are the ones docs/fuzzing.md lists, and each can really be fuzzed by
 * {@code mvn verify}: Jazzer fuzzes one {@code @FuzzTest} per JVM, so each class must hold exactly one,
 * with a {@code @Timeout} that becomes the per-input timeout.
 */
class FuzzTargetsTests {

    static final List<String> TARGETS = List.of("org.homecoming.dioxin.ResultsCsvReaderFuzzTests");

    @Test
    void theFuzzTestClassesAreTheListedTargets() throws IOException, URISyntaxException {
        assertThat(FuzzTargets.fuzzTestClasses(FuzzTargetsTests.class)).containsExactlyInAnyOrderElementsOf(TARGETS);
    }

    @Test
    void eachTargetHasExactlyOneFuzzTestWithATimeout() throws ClassNotFoundException {
        for (String name : TARGETS) {
            List<Method> fuzzTests = FuzzTargets.fuzzTests(name);
            assertThat(fuzzTests).as(name).hasSize(1);
            assertThat(FuzzTargets.hasTimeout(fuzzTests.get(0))).as(name + " has @Timeout").isTrue();
        }
    }
}
