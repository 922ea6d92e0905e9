package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spark job that fails is reported with the end of its log, and leaves no genetic data behind. */
class SparkHandoffFailureTests {

    @TempDir
    Path dir;

    @Test
    void aFailedJobNamesItsLogAndTheRequestIsRemoved() throws IOException {
        Path submit = dir.resolve("spark-submit");
        Files.writeString(submit, "#!/bin/sh\necho 'the cluster refused the job'\nexit 3\n");
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path work = dir.resolve("work");
        SparkHandoff spark = new SparkHandoff(submit.toString(), "spark://nowhere:7077", "homecoming-spark.jar",
                work.toString(), 1);
        Locus l = Locus.of("L", List.of("10", "11"), new double[] {0.4, 0.6});
        SearchRequest request = new SearchRequest(SearchIndex.build(List.of(), List.of(l), LikelihoodOptions.defaults(), 1),
                List.of(RemainsProfile.of("R-1", Map.of("L", Genotype.of("10", "11")))), SearchOptions.defaults());

        assertThatThrownBy(() -> spark.search(7, request))
                .hasMessageContaining("the Spark job failed (exit 3)")
                .hasMessageContaining("the cluster refused the job")
                .hasMessageContaining("job-7-spark.log");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("job-7-spark.log");
        }
    }
}
