package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.programme.io.Programme;
import org.homecoming.programme.io.ProgrammeReader;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The server hands its searches to Spark and reads the results back into the review queue. The
 * cluster is Spark's local mode behind a stand-in for spark-submit (a script that starts the
 * project's job with Spark's jars, as spark-submit does in client mode); the job and Spark are the
 * real ones built by the spark module. The search the server starts by itself for the imported
 * profiles and an ALL search requested after it store the pairs {@code homecoming match} computes,
 * with the same LRs, from one index version.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:homecoming-spark-handoff;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "homecoming.search.in-memory=true",
    "homecoming.security.bcrypt-strength=4",
    "homecoming.data-dir=target/test-data-spark-handoff",
    "homecoming.identification.auto-search-seconds=1",
    "homecoming.identification.top-k=5",
    "homecoming.identification.power-simulations=50",
    "homecoming.identification.spark.master=local[2]",
    "HOMECOMING_ADMIN_PASSWORD=admin-password-for-tests"})
@AutoConfigureMockMvc
class SparkHandoffTests {

    private static final Path SPARK_TARGET = Path.of("..", "spark", "target").toAbsolutePath().normalize();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws IOException {
        Path jar = SPARK_TARGET.resolve("homecoming-spark.jar");
        Path lib = SPARK_TARGET.resolve("spark-lib");
        Path work = Files.createTempDirectory("spark-handoff");
        Path submit = work.resolve("spark-submit");
        // spark-submit --master M --deploy-mode client --class C JAR ARGS...: the same JVM it would start
        Files.writeString(submit, "#!/bin/sh\nmaster=$2; class=$6; jar=$7; shift 7\n"
                + "exec java -Xmx1g @" + SPARK_TARGET.getParent().resolve("jvm.options") + " -cp \"$jar:" + lib
                + "/*\" \"$class\" --master \"$master\" \"$@\"\n");
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        registry.add("homecoming.identification.spark.submit", submit::toString);
        registry.add("homecoming.identification.spark.jar", jar::toString);
        registry.add("homecoming.identification.spark.work-dir", () -> work.resolve("work").toString());
    }

    @Test
    void anAllAgainstAllOnSparkStoresThePairsOfTheLocalSearch() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SPARK_TARGET.resolve("homecoming-spark.jar"))
                        && Files.isDirectory(SPARK_TARGET.resolve("spark-lib")),
                "the spark module is not packaged (spark/target/homecoming-spark.jar and spark-lib): run mvn verify from the root");
        Path dir = Files.createTempDirectory("spark-handoff-programme");
        ProgrammeSimulator.simulate(SimulationSpec.of(40, 30, 20261206L).withUsShare(0), dir);
        ProgrammeUpload.upload(mvc, dir, "spark-handoff");
        Map<String, Object> first = awaitJob(1);
        assertThat(first.get("kind")).isEqualTo("NEW");
        assertThat(first.get("engine")).isEqualTo("spark:local[2]");

        mvc.perform(post("/api/v1/identification/searches").param("kind", "ALL").with(as("lab-a", Side.VN, Role.LAB_ANALYST)))
                .andExpect(status().isAccepted());
        Map<String, Object> spark = awaitJob(2);
        assertThat(spark.get("engine")).isEqualTo("spark:local[2]");
        assertThat((String) spark.get("index_versions")).matches("[0-9a-f]{64}").isEqualTo(first.get("index_versions"));

        Programme p = ProgrammeReader.read(dir, new ProgrammeReader.Settings(
                MutationSpec.parse((String) spark.get("mutation_model")), ((Number) spark.get("degraded_dropout")).doubleValue()));
        Map<String, Double> fromLocal = new HashMap<>();
        DatabaseSearch.run(SearchIndex.build(p.families(), p.loci(), LikelihoodOptions.defaults(), 1), p.remains(),
                        SearchOptions.defaults().withTopK(5).withThreshold(10000).withThreads(1)).reported()
                .forEach(c -> fromLocal.put(c.remains() + "|" + c.missing(), c.log10Lr()));
        Map<String, Double> fromSpark = candidates(spark.get("id"));
        assertThat(candidates(first.get("id"))).isEqualTo(fromSpark);
        assertThat(spark.get("comparisons_done")).isEqualTo((long) p.remains().size() * p.families().size());
        assertThat(fromSpark).hasSizeGreaterThan(20);
        assertThat(fromSpark.keySet()).isEqualTo(fromLocal.keySet());
        fromLocal.forEach((pair, lr) -> assertThat(Math.abs(fromSpark.get(pair) - lr)).as(pair)
                .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(lr))));
        // the first job's pairs were superseded by the second's, which are now the ones under review
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ident_candidate WHERE job_id = ? AND is_current = TRUE")
                .param(spark.get("id")).query(Long.class).single()).isEqualTo((long) fromSpark.size());
    }

    private Map<String, Double> candidates(Object job) {
        Map<String, Double> out = new HashMap<>();
        jdbc.sql("SELECT r.ref AS remains, p.ref AS person, c.log10_lr FROM ident_candidate c"
                        + " JOIN remains r ON r.id = c.remains_id JOIN missing_person p ON p.id = c.person_id WHERE c.job_id = ?")
                .param(job)
                .query((rs, n) -> out.put(rs.getString("remains") + "|" + rs.getString("person"), rs.getDouble("log10_lr")))
                .list();
        return out;
    }

    /** The {@code n}-th job, once finished (and finished well). */
    private Map<String, Object> awaitJob(int n) throws InterruptedException {
        for (int i = 0; i < 900; i++) {
            Optional<Map<String, Object>> done = jdbc.sql("SELECT * FROM ident_search_job WHERE status IN ('DONE', 'FAILED')"
                            + " ORDER BY id").query().listOfRows().stream().skip(n - 1L).findFirst();
            if (done.isPresent()) {
                assertThat(done.get().get("status")).as(String.valueOf(done.get())).isEqualTo("DONE");
                return done.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("search job " + n + " did not finish within 3 minutes");
    }
}
